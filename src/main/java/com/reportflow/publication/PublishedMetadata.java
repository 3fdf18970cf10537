package com.reportflow.publication;

import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * A publication as it was made: 索引号, the disclosure metadata, who confirmed the confidentiality check, the public
 * page, and either the withdrawal or the way to correct or withdraw it.
 */
final class PublishedMetadata extends FormLayout {

    final Span indexNumber = new Span();
    final Anchor publicLink = new Anchor();
    final Anchor amend = new Anchor();

    private final PublicationService publication;
    private final PublicationAmendments amendments;

    PublishedMetadata(PublicationService publication, PublicationAmendments amendments) {
        this.publication = publication;
        this.amendments = amendments;
        indexNumber.addClassName("index-number");
        publicLink.setText(getTranslation("publication.public-link"));
        publicLink.setRouterIgnore(true);
        publicLink.setTarget("_blank");
        setMaxWidth("860px");
    }

    void show(Publication p) {
        indexNumber.setText(p.getIndexNumber());
        publicLink.setHref("/public/reports/" + p.getReportId());
        removeAll();
        addFormItem(indexNumber, getTranslation("publication.field.index-number"));
        addFormItem(text(p.getDocumentNumber()), getTranslation("publication.field.document-number"));
        addFormItem(text(p.getTopicCategory()), getTranslation("publication.field.topic"));
        addFormItem(text(p.getGenreCategory()), getTranslation("publication.field.genre"));
        addFormItem(text(p.getPublishingOrganisation()), getTranslation("publication.field.organisation"));
        addFormItem(
                text(p.isWithdrawn() ? getTranslation("publication.validity-withdrawn") : p.getValidity()),
                getTranslation("publication.field.validity"));
        addFormItem(text(Formats.date(p.getWrittenDate())), getTranslation("publication.field.written-date"));
        addFormItem(text(Formats.date(p.getPublishDate())), getTranslation("publication.field.publish-date"));
        addFormItem(
                text(getTranslation(
                        "publication.confidentiality-done",
                        publication.confidentialityCheckerName(p),
                        Formats.dateTime(p.getConfidentialityCheckedAt()))),
                getTranslation("publication.field.confidentiality"));
        addFormItem(publicLink, getTranslation("publication.field.public-page"));
        if (p.isWithdrawn()) {
            addFormItem(
                    text(getTranslation(
                            "publication.withdrawn", Formats.dateTime(p.getWithdrawnAt()), p.getWithdrawalReason())),
                    getTranslation("publication.field.withdrawn"));
        } else if (amendments.mayAmend(p.getReportId())) {
            amend.setHref("reports/" + p.getReportId() + "/correction");
            amend.setText(getTranslation("publication.amend"));
            addFormItem(amend, getTranslation("publication.field.amend"));
        }
    }

    private static Component text(String value) {
        return new Span(value == null ? "" : value);
    }
}
