package com.reportflow.steering;

import static com.reportflow.steering.SteeringRules.holds;
import static com.reportflow.steering.SteeringRules.mayClaim;
import static com.reportflow.steering.SteeringRules.steers;

import com.reportflow.directory.Actor;
import com.reportflow.directory.Directory;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportDocument;
import com.reportflow.review.CoReviews;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * An open task as a steering page shows it to the viewer: its subject, holder (or who may take it), times, the
 * co-reviews of a legality review, and the operations the viewer may do to it. The buttons only mirror the checks of
 * {@link SteeringService}, which decides.
 */
@Component
class OpenTasks {

    private final Directory directory;
    private final CoReviews coReviews;
    private final Clock clock;

    OpenTasks(Directory directory, CoReviews coReviews, Clock clock) {
        this.directory = directory;
        this.coReviews = coReviews;
        this.clock = clock;
    }

    OpenTask of(WorkItem item, ReportDocument document, Actor actor) {
        String candidates = item.assignee() != null
                ? null
                : Stream.concat(
                                directory.members(item.candidateGroups()).stream(),
                                item.candidateUsers().stream()
                                        .sorted()
                                        .map(directory::actor)
                                        .flatMap(Optional::stream))
                        .map(Actor::displayName)
                        .distinct()
                        .collect(Collectors.joining("、"));
        Instant now = clock.instant();
        return new OpenTask(
                item.step(),
                item.reportId(),
                item.sectionId(),
                item.sectionId() == null ? document.title() : headingOf(document, item.sectionId()),
                item.assignee(),
                item.assignee() == null ? null : directory.displayName(item.assignee()),
                candidates,
                item.delegated() ? directory.displayName(item.owner()) : null,
                item.createdAt(),
                item.dueAt(),
                item.dueAt() != null && item.dueAt().isBefore(now),
                item.step() == Step.LEGALITY_REVIEW ? coReviews.rows(item.taskId()) : List.of(),
                operations(item, actor));
    }

    private static Set<Operation> operations(WorkItem item, Actor actor) {
        boolean steer = steers(actor);
        boolean holds = holds(item, actor);
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        if (mayClaim(item, actor)) {
            operations.add(Operation.CLAIM);
        }
        if (holds) {
            operations.add(Operation.GIVE_BACK);
        }
        if (!item.delegated() && (steer || holds)) {
            operations.add(Operation.TRANSFER);
            if (item.assignee() != null) {
                operations.add(Operation.DELEGATE);
            }
            if (item.step() == Step.LEGALITY_REVIEW && item.assignee() != null) {
                operations.add(Operation.ADD_CO_REVIEWER);
            }
        }
        if (steer && !item.delegated() && item.step() == Step.DRAFT_SECTION) {
            operations.add(Operation.TRANSFER_TO_OFFICE);
        }
        if (steer && !item.delegated() && item.step() == Step.OFFICE_CHECK) {
            operations.add(Operation.SKIP_OFFICE_CHECK);
        }
        if (item.delegated() && (steer || actor.username().equals(item.assignee()))) {
            operations.add(Operation.HAND_BACK);
        }
        if (steer) {
            operations.add(Operation.URGE);
        }
        return operations;
    }

    /** The numbered heading of the section in the report's outline, or the report's title. */
    static String headingOf(ReportDocument document, long sectionId) {
        return document.entries().stream()
                .filter(e -> e.sectionId() == sectionId)
                .findFirst()
                .map(OutlineEntry::numberedHeading)
                .orElse(document.title());
    }
}
