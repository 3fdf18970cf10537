package com.reportflow.steering;

import com.reportflow.review.CoReviewRow;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.Map;

/**
 * One open task on a steering page: step, subject, holder (or who may take it), since and due, the co-reviews of a
 * legality review, and a button for each operation the viewer may do to it.
 */
class TaskPanel extends VerticalLayout {

    final Span step = new Span();
    final Span holder = new Span();
    final Span times = new Span();
    final Div coReviews = new Div();
    final Map<Operation, Button> buttons = new EnumMap<>(Operation.class);
    OperationDialog dialog;

    private final SteeringPages pages;
    private final SteeringService service;
    private final OpenTask task;
    private final Runnable changed;

    TaskPanel(SteeringPages pages, SteeringService service, OpenTask task, boolean linkToSection, Runnable changed) {
        this.pages = pages;
        this.service = service;
        this.task = task;
        this.changed = changed;
        addClassName("steering-task");
        setPadding(false);
        setSpacing(false);

        step.setText(getTranslation("step." + task.step().taskKey()) + " · " + task.subject());
        step.addClassName("steering-step");
        holder.setText(getTranslation("steering.holder") + "：" + holderText());
        times.setText(getTranslation("steering.since") + " " + Formats.dateTime(task.since()) + " · "
                + getTranslation("steering.due") + " " + Formats.dateTime(task.dueAt())
                + (task.overdue() ? " · " + getTranslation("steering.overdue") : ""));
        if (task.overdue()) {
            times.addClassName("overdue");
        }
        HorizontalLayout head = new HorizontalLayout(step);
        if (linkToSection && task.sectionId() != null) {
            head.add(new Anchor("steering/sections/" + task.sectionId(), getTranslation("steering.section-link")));
        }
        add(head, holder, times);
        if (!task.coReviews().isEmpty()) {
            UnorderedList lines = new UnorderedList();
            for (CoReviewRow row : task.coReviews()) {
                lines.add(new ListItem(getTranslation(
                        "steering.co-review.line",
                        row.reviewerName(),
                        row.requestedByName(),
                        Formats.dateTime(row.requestedAt()),
                        row.open() ? getTranslation("steering.co-review.open") : row.opinion())));
            }
            coReviews.add(new Span(getTranslation("steering.co-reviews")), lines);
            add(coReviews);
        }
        HorizontalLayout actions = new HorizontalLayout();
        for (Operation operation : Operation.values()) {
            if (task.operations().contains(operation)) {
                Button button = new Button(
                        getTranslation(OperationDialog.label(operation)),
                        e -> Errors.attempt(this, () -> open(operation)));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.addClassName("steering-" + operation.name().toLowerCase().replace('_', '-'));
                buttons.put(operation, button);
                actions.add(button);
            }
        }
        add(actions);
    }

    private String holderText() {
        if (task.holder() == null) {
            return getTranslation("steering.unclaimed", task.candidates());
        }
        return task.delegated()
                ? getTranslation("steering.delegated-by", task.holderName(), task.delegatedByName())
                : task.holderName();
    }

    private void open(Operation operation) {
        long subject = task.subjectId();
        // Taking a task from its pool and giving it back need no reason and no one to choose: done at once.
        if (operation == Operation.CLAIM || operation == Operation.GIVE_BACK) {
            if (operation == Operation.CLAIM) {
                service.claim(task.step(), subject);
            } else {
                service.giveBack(task.step(), subject);
            }
            Errors.success(this, "steering.done." + operation.name());
            changed.run();
            return;
        }
        dialog = switch (operation) {
            case TRANSFER ->
                new OperationDialog(
                        operation,
                        pages.eligible(task.step(), subject),
                        null,
                        false,
                        (user, office, reason) -> service.transfer(task.step(), subject, user, reason),
                        changed);
            case DELEGATE ->
                new OperationDialog(
                        operation,
                        pages.eligible(task.step(), subject),
                        null,
                        false,
                        (user, office, reason) -> service.delegate(task.step(), subject, user, reason),
                        changed);
            case TRANSFER_TO_OFFICE ->
                new OperationDialog(
                        operation,
                        null,
                        pages.otherOffices(task.sectionId()),
                        false,
                        (user, office, reason) ->
                                service.transferToOffice(task.sectionId(), office == null ? -1 : office, reason),
                        changed);
            case SKIP_OFFICE_CHECK ->
                new OperationDialog(
                        operation,
                        null,
                        null,
                        true,
                        (user, office, reason) -> service.skipOfficeCheck(task.sectionId(), reason),
                        changed);
            case ADD_CO_REVIEWER ->
                new OperationDialog(
                        operation,
                        pages.coReviewerCandidates(task.sectionId()),
                        null,
                        false,
                        (user, office, reason) -> service.addCoReviewer(task.sectionId(), user, reason),
                        changed);
            case HAND_BACK ->
                new OperationDialog(
                        operation,
                        null,
                        null,
                        false,
                        (user, office, reason) -> service.handBack(task.step(), subject, reason),
                        changed);
            case URGE ->
                new OperationDialog(
                        operation,
                        null,
                        null,
                        false,
                        (user, office, reason) -> service.urge(task.step(), subject, reason),
                        changed);
            case CLAIM, GIVE_BACK, COPY, CANCEL, REOPEN ->
                throw new IllegalArgumentException(operation + " concerns the report");
        };
        dialog.open();
    }
}
