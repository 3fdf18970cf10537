package com.reportflow.publication;

import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.Formats;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/** 报送: records the signed report's submission to the superior authority, and lists the submissions so far. */
final class SubmissionPanel extends Div {

    final FormLayout form = new FormLayout();
    final TextField recipient = new TextField();
    final DatePicker submittedOn = new DatePicker();
    final Select<SuperiorSubmission.Channel> channel = new Select<>();
    final TextField receiptNumber = new TextField();
    final Button recordSubmission = new Button();
    final Grid<SuperiorSubmission> submissions = new Grid<>();

    private final PublicationService publication;
    private final Runnable recorded;
    private long reportId;

    /** @param recorded what follows a recorded submission: the screen shows the report's new state */
    SubmissionPanel(PublicationService publication, Runnable recorded) {
        this.publication = publication;
        this.recorded = recorded;
        recipient.setLabel(getTranslation("publication.submission.recipient"));
        recipient.setPlaceholder(getTranslation("publication.submission.recipient-placeholder"));
        InputLimit.apply(recipient, 200);
        recipient.setRequiredIndicatorVisible(true);
        submittedOn.setLabel(getTranslation("publication.submission.date"));
        submittedOn.setMax(LocalDate.now());
        submittedOn.setValue(LocalDate.now());
        submittedOn.setRequiredIndicatorVisible(true);
        channel.setLabel(getTranslation("publication.submission.channel"));
        channel.setItems(SuperiorSubmission.Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("publication.channel." + c.name()));
        channel.setValue(SuperiorSubmission.Channel.DOCUMENT_EXCHANGE);
        channel.setRequiredIndicatorVisible(true);
        recordSubmission.setText(getTranslation("publication.submission.record"));
        recordSubmission.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordSubmission.addClickListener(e -> recordSubmission());
        receiptNumber.setLabel(getTranslation("publication.submission.receipt-number"));
        InputLimit.apply(receiptNumber, 60);
        form.add(recipient, submittedOn, channel, receiptNumber);
        form.add(recordSubmission);
        form.setMaxWidth("860px");

        submissions
                .addColumn(SuperiorSubmission::getRecipient)
                .setHeader(getTranslation("publication.submission.recipient"))
                .setFlexGrow(2);
        submissions
                .addColumn(s -> Formats.date(s.getSubmittedOn()))
                .setHeader(getTranslation("publication.submission.date"))
                .setAutoWidth(true);
        submissions
                .addColumn(s ->
                        getTranslation("publication.channel." + s.getChannel().name()))
                .setHeader(getTranslation("publication.submission.channel"))
                .setAutoWidth(true);
        submissions
                .addColumn(s -> s.getReceiptNumber() == null ? "" : s.getReceiptNumber())
                .setHeader(getTranslation("publication.submission.receipt-number"))
                .setAutoWidth(true);
        submissions
                .addColumn(s -> Formats.dateTime(s.getRecordedAt()))
                .setHeader(getTranslation("publication.submission.recorded-at"))
                .setAutoWidth(true);
        submissions.setAllRowsVisible(true);
        submissions.setEmptyStateText(getTranslation("publication.submission.none"));

        H3 heading = new H3(getTranslation("publication.submission.panel"));
        add(heading, form, submissions);
    }

    /** Shown while a submission may be recorded or one was; the form only while one may be recorded. */
    void show(long reportId, boolean maySubmit, List<SuperiorSubmission> earlier) {
        this.reportId = reportId;
        setVisible(maySubmit || !earlier.isEmpty());
        form.setVisible(maySubmit);
        submissions.setItems(earlier);
        submissions.setVisible(!earlier.isEmpty());
    }

    private void recordSubmission() {
        boolean done = Errors.attempt(
                this,
                () -> publication.recordSubmission(
                        reportId,
                        recipient.getValue(),
                        submittedOn.getValue(),
                        channel.getValue(),
                        receiptNumber.getValue()));
        if (done) {
            Errors.success(this, "publication.submission.recorded");
            recipient.clear();
            receiptNumber.clear();
            submittedOn.clear();
            channel.clear();
            recorded.run();
        }
    }
}
