package com.reportflow.planning;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportSection;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The outlines reports start from: the statutory template, which never changes, and the bureau's own, which the
 * coordinator makes, edits and deletes. A template saved from an older version than the stored one is refused.
 */
@Service
public class TemplateLibrary {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_NODES = 300;

    private final TemplateRepository templates;
    private final CurrentUser currentUser;
    private final ConflictRetry retry;
    private final Clock clock;

    TemplateLibrary(TemplateRepository templates, CurrentUser currentUser, ConflictRetry retry, Clock clock) {
        this.templates = templates;
        this.currentUser = currentUser;
        this.retry = retry;
        this.clock = clock;
    }

    /** The statutory template first, then the bureau's by name. */
    public List<OutlineTemplate> list() {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return retry.inTransaction(() -> {
            List<OutlineTemplate> all = new ArrayList<>();
            all.add(OutlineTemplate.statutory());
            templates.findAllByOrderByNameAsc().forEach(t -> all.add(t.toTemplate()));
            return all;
        });
    }

    /** A template by id; null is the statutory one. */
    public OutlineTemplate get(Long id) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return id == null
                ? OutlineTemplate.statutory()
                : retry.inTransaction(() -> stored(id).toTemplate());
    }

    /** The stored version of a template, to pass back when saving it. */
    public long version(long id) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return retry.inTransaction(() -> stored(id).getVersion());
    }

    /** Saves a new template; returns its id. */
    public long create(String name, List<OutlineTemplate.Node> parts) {
        return write(null, 0, name, parts);
    }

    /** Replaces a template's name and outline, provided nobody saved it since {@code expectedVersion}. */
    public void update(long id, long expectedVersion, String name, List<OutlineTemplate.Node> parts) {
        write(id, expectedVersion, name, parts);
    }

    public void delete(long id) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        retry.inTransaction(() -> {
            templates.delete(stored(id));
        });
    }

    private long write(Long id, long expectedVersion, String name, List<OutlineTemplate.Node> parts) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        String checkedName = TextInput.line(name, MAX_NAME_LENGTH, "template.name");
        if (checkedName.equals(OutlineTemplate.STATUTORY_NAME)) {
            throw new InvalidInputException("error.template.name-taken", checkedName);
        }
        List<OutlineTemplate.Node> checked = checkedLevel(parts, 1, new int[] {0});
        if (new OutlineTemplate(null, checkedName, checked).leaves().isEmpty()) {
            throw new InvalidInputException("error.template.empty");
        }
        return retry.inTransaction(() -> {
            templates
                    .findByName(checkedName)
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> {
                        throw new InvalidInputException("error.template.name-taken", checkedName);
                    });
            StoredTemplate template = id == null ? new StoredTemplate(checkedName) : stored(id);
            if (id != null && template.getVersion() != expectedVersion) {
                throw new InvalidInputException("error.template.changed");
            }
            template.write(checkedName, checked, actor.username(), clock.instant());
            return templates.saveAndFlush(template).getId();
        });
    }

    private static List<OutlineTemplate.Node> checkedLevel(List<OutlineTemplate.Node> level, int depth, int[] count) {
        if (level == null) {
            return List.of();
        }
        if (!level.isEmpty() && depth > OutlineEditing.MAX_DEPTH) {
            throw new InvalidInputException("error.outline.too-deep", OutlineEditing.MAX_DEPTH);
        }
        List<OutlineTemplate.Node> checked = new ArrayList<>();
        for (OutlineTemplate.Node node : level) {
            if (++count[0] > MAX_NODES) {
                throw new InvalidInputException("error.template.too-many", MAX_NODES);
            }
            checked.add(new OutlineTemplate.Node(
                    OutlineEditing.heading(node.heading()),
                    node.optional(),
                    TextInput.optional(node.reference(), ReportSection.MAX_BODY_LENGTH, "template.reference"),
                    checkedLevel(node.children(), depth + 1, count)));
        }
        return checked;
    }

    private StoredTemplate stored(long id) {
        return templates.findById(id).orElseThrow(NotFoundException::new);
    }
}
