package com.reportflow.planning;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.report.ReportStage;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.ReportWorkflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The coordinator changes a report's outline while its sections are being drafted: adds, renames, moves and removes
 * parts and sections. Numbers follow from the tree; an added section starts its own drafting loop, a removed one is
 * taken out of the report with its text and history kept.
 */
@Service
public class OutlineEditing {

    static final int MAX_DEPTH = 4;
    static final int MAX_HEADING_LENGTH = 200;

    /** A heading that starts with a number typed by hand: 一、 （一） (1) 1. 1、 and their full-width forms. */
    static final Pattern TYPED_NUMBER = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百零]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十百零0-9０-９]+\\s*[）)]|[0-9０-９]+\\s*[、.．](?![0-9０-９]))");

    private final ReportRepository reports;
    private final SectionRepository sections;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ReportWorkflow workflow;
    private final History history;
    private final ConflictRetry retry;
    private final Clock clock;
    private final ReportQueries queries;

    OutlineEditing(
            ReportRepository reports,
            SectionRepository sections,
            Directory directory,
            CurrentUser currentUser,
            ReportWorkflow workflow,
            History history,
            ConflictRetry retry,
            Clock clock,
            ReportQueries queries) {
        this.reports = reports;
        this.sections = sections;
        this.directory = directory;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.history = history;
        this.retry = retry;
        this.clock = clock;
        this.queries = queries;
    }

    /** The report's outline as it stands, for the coordinator editing it. */
    public ReportDocument outline(long reportId) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return queries.documentOf(reportId);
    }

    public List<Office> offices() {
        return directory.offices();
    }

    /** The last day the report may go upward, for flagging a section's due date at assignment; empty if unknown. */
    public Optional<LocalDate> submissionDue(long reportId) {
        ReportAccess.requireRole(currentUser.require(), Role.COORDINATOR);
        return queries.deadlinesOf(reportId).map(d -> d.legal().submission().due());
    }

    /** Whether the current user may change the report's outline now. */
    public boolean mayEdit(long reportId) {
        Actor actor = currentUser.require();
        return actor.has(Role.COORDINATOR)
                && retry.inTransaction(() -> reports.findById(reportId)
                        .map(r -> r.getStage() == ReportStage.DRAFTING && workflow.outlineOpen(reportId))
                        .orElse(false));
    }

    /** Adds a section drafted by an office under a heading (or as a part when parentId is null), at the end. */
    public long addSection(long reportId, Long parentId, String heading, long officeId, LocalDate dueDate) {
        Actor actor = currentUser.require();
        String checked = heading(heading);
        return retry.inTransaction(() -> {
            Tree tree = openTree(actor, reportId);
            Office office = directory
                    .office(officeId)
                    .orElseThrow(() -> new InvalidInputException("error.report.office-missing", checked));
            if (dueDate == null || dueDate.isBefore(LocalDate.now(clock))) {
                throw new InvalidInputException("error.report.due-invalid", checked);
            }
            ReportSection section = tree.append(parentId, checked);
            section.assign(office, dueDate);
            tree.renumber();
            sections.saveAndFlush(section);
            workflow.addSection(reportId, section.getId());
            history.record(actor, reportId, section.getId(), HistoryAction.SECTION_ADDED, checked);
            return section.getId();
        });
    }

    /** Adds a heading that groups sections (a part, or a sub-part), at the end of its parent. */
    public long addHeading(long reportId, Long parentId, String heading) {
        Actor actor = currentUser.require();
        String checked = heading(heading);
        return retry.inTransaction(() -> {
            Tree tree = openTree(actor, reportId);
            ReportSection node = tree.append(parentId, checked);
            tree.renumber();
            sections.saveAndFlush(node);
            history.record(actor, reportId, node.getId(), HistoryAction.SECTION_ADDED, checked);
            return node.getId();
        });
    }

    /**
     * Renames a heading, provided it still reads {@code expectedHeading}: a rename made meanwhile by someone else is
     * never silently overwritten.
     */
    public void rename(long nodeId, String expectedHeading, String heading) {
        Actor actor = currentUser.require();
        String checked = heading(heading);
        retry.inTransaction(() -> {
            ReportSection node = node(nodeId);
            openTree(actor, node.getReportId());
            String before = node.getHeading();
            if (!before.equals(expectedHeading)) {
                throw new InvalidInputException("error.outline.renamed-meanwhile", before);
            }
            if (!before.equals(checked)) {
                node.rename(checked);
                history.record(
                        actor, node.getReportId(), nodeId, HistoryAction.SECTION_RENAMED, before + " → " + checked);
            }
        });
    }

    /** Moves a node up (negative) or down (positive) among its siblings, with everything under it. */
    public void move(long nodeId, int steps) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection node = node(nodeId);
            Tree tree = openTree(actor, node.getReportId());
            List<ReportSection> siblings = tree.children(node.getParentId());
            int from = siblings.indexOf(node);
            int to = Math.clamp(from + (long) steps, 0, siblings.size() - 1);
            if (from != to) {
                siblings.remove(from);
                siblings.add(to, node);
                tree.renumber();
                history.record(actor, node.getReportId(), nodeId, HistoryAction.SECTION_MOVED, node.getHeading());
            }
        });
    }

    /** Moves a node with everything under it to the end of another heading, or to the top level when null. */
    public void moveUnder(long nodeId, Long newParentId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection node = node(nodeId);
            Tree tree = openTree(actor, node.getReportId());
            if (Objects.equals(node.getParentId(), newParentId)) {
                return;
            }
            tree.requireHeading(newParentId);
            if (tree.isWithin(newParentId, node)) {
                throw new InvalidInputException("error.outline.into-itself");
            }
            if (tree.depthOf(newParentId) + 1 + tree.height(node) - 1 > MAX_DEPTH) {
                throw new InvalidInputException("error.outline.too-deep", MAX_DEPTH);
            }
            tree.children(node.getParentId()).remove(node);
            tree.children(newParentId).add(node);
            node.place(newParentId, node.getPosition(), node.getDepth());
            tree.renumber();
            history.record(actor, node.getReportId(), nodeId, HistoryAction.SECTION_MOVED, node.getHeading());
        });
    }

    /**
     * Takes a node and everything under it out of the report. Sections keep their text, revisions and history;
     * their drafting loops end. The last section of a report cannot be removed.
     */
    public void remove(long nodeId) {
        Actor actor = currentUser.require();
        retry.inTransaction(() -> {
            ReportSection node = node(nodeId);
            long reportId = node.getReportId();
            Tree tree = openTree(actor, reportId);
            List<ReportSection> removed = tree.subtree(node);
            long sectionsLeft = tree.all().stream()
                    .filter(ReportSection::isAssigned)
                    .filter(s -> !removed.contains(s))
                    .count();
            if (sectionsLeft == 0) {
                throw new InvalidInputException("error.outline.last-section");
            }
            tree.children(node.getParentId()).remove(node);
            for (ReportSection gone : removed) {
                if (gone.isAssigned() && gone.getStatus() != SectionStatus.APPROVED) {
                    workflow.removeSection(reportId, gone.getId());
                }
                gone.removed();
            }
            tree.renumber();
            history.record(actor, reportId, nodeId, HistoryAction.SECTION_REMOVED, node.getHeading());
            if (sections.allApproved(reportId)) {
                node.getReport().sectionsApproved();
            }
        });
    }

    static String heading(String heading) {
        String checked = TextInput.line(heading, MAX_HEADING_LENGTH, "outline.heading");
        if (TYPED_NUMBER.matcher(checked).find()) {
            throw new InvalidInputException("error.outline.typed-number");
        }
        return checked;
    }

    private ReportSection node(long nodeId) {
        ReportSection node = sections.findById(nodeId).orElseThrow(NotFoundException::new);
        if (node.getStatus() == SectionStatus.REMOVED) {
            throw new NotFoundException();
        }
        return node;
    }

    private Tree openTree(Actor actor, long reportId) {
        ReportAccess.requireRole(actor, Role.COORDINATOR);
        Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        if (report.getStage() != ReportStage.DRAFTING || !workflow.outlineOpen(reportId)) {
            throw new InvalidInputException("error.outline.closed");
        }
        return new Tree(report, sections.outline(reportId));
    }

    /** The outline as a tree of children lists, renumbered in document order after each change. */
    private static final class Tree {

        private final Report report;
        private final List<ReportSection> all;
        private final Map<Long, List<ReportSection>> children = new HashMap<>();

        Tree(Report report, List<ReportSection> inOrder) {
            this.report = report;
            this.all = new ArrayList<>(inOrder);
            for (ReportSection s : inOrder) {
                children(s.getParentId()).add(s);
            }
        }

        List<ReportSection> all() {
            return all;
        }

        List<ReportSection> children(Long parentId) {
            return children.computeIfAbsent(parentId == null ? 0L : parentId, k -> new ArrayList<>());
        }

        ReportSection append(Long parentId, String heading) {
            requireHeading(parentId);
            if (depthOf(parentId) + 1 > MAX_DEPTH) {
                throw new InvalidInputException("error.outline.too-deep", MAX_DEPTH);
            }
            ReportSection node = new ReportSection(report, parentId, Integer.MAX_VALUE, depthOf(parentId) + 1, heading);
            children(parentId).add(node);
            all.add(node);
            return node;
        }

        void requireHeading(Long parentId) {
            if (parentId == null) {
                return;
            }
            ReportSection parent = find(parentId);
            if (parent.isAssigned()) {
                throw new InvalidInputException("error.outline.parent-is-section", parent.getHeading());
            }
        }

        int depthOf(Long nodeId) {
            return nodeId == null ? 0 : find(nodeId).getDepth();
        }

        /** Levels from the node down to its deepest descendant, the node included. */
        int height(ReportSection node) {
            int below = 0;
            for (ReportSection child : children(node.getId())) {
                below = Math.max(below, height(child));
            }
            return below + 1;
        }

        boolean isWithin(Long nodeId, ReportSection ancestor) {
            for (Long id = nodeId; id != null; id = find(id).getParentId()) {
                if (id.equals(ancestor.getId())) {
                    return true;
                }
            }
            return false;
        }

        List<ReportSection> subtree(ReportSection node) {
            List<ReportSection> nodes = new ArrayList<>();
            nodes.add(node);
            for (ReportSection child : List.copyOf(children(node.getId()))) {
                nodes.addAll(subtree(child));
            }
            return nodes;
        }

        void renumber() {
            int[] position = {0};
            renumber(null, 1, position);
        }

        private void renumber(Long parentId, int depth, int[] position) {
            for (ReportSection node : children(parentId)) {
                node.place(parentId, position[0]++, depth);
                if (node.getId() != null) {
                    renumber(node.getId(), depth + 1, position);
                }
            }
        }

        private ReportSection find(long id) {
            return all.stream()
                    .filter(s -> s.getId() != null && s.getId() == id)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("error.outline.unknown-node"));
        }
    }
}
