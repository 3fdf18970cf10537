package com.reportflow.publication;

import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * The publication form: the confidentiality check, the disclosure metadata and the publish button, which asks the
 * irreversible question only once the check is confirmed.
 */
final class PublicationForm extends FormLayout {

    final Checkbox confidentialityChecked = new Checkbox();
    final TextField documentNumber = new TextField();
    final Select<String> topic = new Select<>();
    final Select<String> genre = new Select<>();
    final TextField organisation = new TextField();
    final Select<String> validity = new Select<>();
    final DatePicker writtenDate = new DatePicker();
    final DatePicker publishDate = new DatePicker();
    final Button publish = new Button();
    final ConfirmDialog confirmPublish = new ConfirmDialog();

    private final PublicationService publication;
    private final Runnable published;
    private long reportId;

    /** @param published what follows a publication: the screen shows the report's new state */
    PublicationForm(PublicationService publication, Runnable published) {
        this.publication = publication;
        this.published = published;
        confidentialityChecked.setLabel(getTranslation("publication.confidentiality"));
        confidentialityChecked.setRequiredIndicatorVisible(true);

        documentNumber.setLabel(getTranslation("publication.field.document-number"));
        documentNumber.setHelperText(getTranslation("publication.document-number-hint"));
        documentNumber.setPlaceholder(getTranslation(
                "publication.document-number-placeholder",
                String.valueOf(LocalDate.now().getYear())));
        InputLimit.apply(documentNumber, 60);
        topic.setLabel(getTranslation("publication.field.topic"));
        topic.setItems(publication.lists().topics());
        genre.setLabel(getTranslation("publication.field.genre"));
        genre.setItems(publication.lists().genres());
        organisation.setLabel(getTranslation("publication.field.organisation"));
        organisation.setHelperText(getTranslation("publication.organisation-hint"));
        InputLimit.apply(organisation, 200);
        organisation.setRequiredIndicatorVisible(true);
        validity.setLabel(getTranslation("publication.field.validity"));
        validity.setItems(publication.lists().validities());
        validity.setEmptySelectionAllowed(true);
        writtenDate.setLabel(getTranslation("publication.field.written-date"));
        writtenDate.setHelperText(getTranslation("publication.written-date-help"));
        writtenDate.setReadOnly(true);
        publishDate.setLabel(getTranslation("publication.field.publish-date"));
        publishDate.setMax(LocalDate.now());
        publishDate.setRequiredIndicatorVisible(true);

        Paragraph indexNote = new Paragraph(getTranslation("publication.index-number-note"));
        indexNote.addClassName("hint");
        publish.setText(getTranslation("publication.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // What can be said before the irreversible question is said first: nobody confirms, then hears it was for
        // nothing.
        publish.addClickListener(e -> {
            if (!confidentialityChecked.getValue()) {
                confidentialityChecked.setErrorMessage(getTranslation("error.publication.confidentiality"));
                confidentialityChecked.setInvalid(true);
                Errors.attempt(this, () -> {
                    throw new InvalidInputException("error.publication.confidentiality");
                });
                return;
            }
            confidentialityChecked.setInvalid(false);
            confirmPublish.open();
        });

        confirmPublish.setHeader(getTranslation("publication.confirm.header"));
        confirmPublish.setText(getTranslation("publication.confirm.text"));
        confirmPublish.setCancelable(true);
        confirmPublish.setCancelText(getTranslation("publication.confirm.cancel"));
        confirmPublish.setConfirmText(getTranslation("publication.confirm.publish"));
        confirmPublish.addConfirmListener(e -> publish());

        add(confidentialityChecked, 2);
        add(documentNumber, organisation, topic, genre, validity);
        add(new Div());
        add(writtenDate, publishDate);
        add(indexNote, 2);
        add(publish);
        setMaxWidth("860px");
    }

    /** The report the form publishes; prefilled with the suggested metadata when given, else what was typed stays. */
    void forReport(long reportId, DisclosureMetadata suggested) {
        this.reportId = reportId;
        if (suggested == null) {
            return;
        }
        confidentialityChecked.setValue(false);
        documentNumber.setValue(suggested.documentNumber() == null ? "" : suggested.documentNumber());
        topic.setValue(suggested.topicCategory());
        genre.setValue(suggested.genreCategory());
        organisation.setValue(suggested.publishingOrganisation() == null ? "" : suggested.publishingOrganisation());
        validity.setValue(suggested.validity());
        writtenDate.setValue(suggested.writtenDate());
        publishDate.setValue(suggested.publishDate());
    }

    private void publish() {
        DisclosureMetadata metadata = new DisclosureMetadata(
                documentNumber.getValue(),
                topic.getValue(),
                genre.getValue(),
                organisation.getValue(),
                validity.getValue(),
                writtenDate.getValue(),
                publishDate.getValue());
        String[] issued = new String[1];
        boolean done = Errors.attempt(
                this, () -> issued[0] = publication.publish(reportId, confidentialityChecked.getValue(), metadata));
        if (done) {
            Errors.success(this, "publication.published", issued[0]);
            published.run();
        }
    }
}
