package com.reportflow.publication;

import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The disclosure metadata as typed, checked: at publication all of it, at a correction the 发文字号 and 有效性 again.
 */
@Component
class DisclosureInput {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^[\\p{IsHan}A-Za-z0-9]{1,20}〔\\d{4}〕\\d{1,5}号$");

    private final DisclosureLists lists;
    private final Clock clock;

    DisclosureInput(DisclosureLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    /** The metadata a publication stores, trimmed; refused when a field is missing, malformed or not in the lists. */
    DisclosureMetadata checked(DisclosureMetadata m) {
        if (m == null) {
            throw new InvalidInputException("error.required", "publication.metadata");
        }
        String documentNumber = documentNumber(m.documentNumber());
        if (m.topicCategory() == null || !lists.topics().contains(m.topicCategory())) {
            throw new InvalidInputException("error.required", "publication.topic");
        }
        if (m.genreCategory() == null || !lists.genres().contains(m.genreCategory())) {
            throw new InvalidInputException("error.required", "publication.genre");
        }
        String organisation = TextInput.line(m.publishingOrganisation(), 200, "publication.organisation");
        String validity = validity(m.validity());
        if (m.writtenDate() == null) {
            throw new InvalidInputException("error.required", "publication.written-date");
        }
        if (m.publishDate() == null) {
            throw new InvalidInputException("error.required", "publication.publish-date");
        }
        LocalDate today = LocalDate.now(clock);
        if (m.publishDate().isAfter(today) || m.writtenDate().isAfter(m.publishDate())) {
            throw new InvalidInputException("error.publication.dates");
        }
        return new DisclosureMetadata(
                documentNumber,
                m.topicCategory(),
                m.genreCategory(),
                organisation,
                validity,
                m.writtenDate(),
                m.publishDate());
    }

    /** The 发文字号, or null when none was typed; refused unless shaped like 某教发〔2026〕3号. */
    String documentNumber(String typed) {
        String documentNumber =
                typed == null || typed.isBlank() ? null : TextInput.line(typed, 60, "publication.document-number");
        if (documentNumber != null && !DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
            throw new InvalidInputException("error.publication.document-number");
        }
        return documentNumber;
    }

    /** The 有效性, or null when none was chosen; refused unless it is one of the configured values. */
    String validity(String chosen) {
        String validity = chosen == null || chosen.isBlank() ? null : chosen;
        if (validity != null && !lists.validities().contains(validity)) {
            throw new InvalidInputException("error.required", "publication.validity");
        }
        return validity;
    }
}
