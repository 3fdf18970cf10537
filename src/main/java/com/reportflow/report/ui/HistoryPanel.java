package com.reportflow.report.ui;

import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.ReviewOpinion;
import com.reportflow.report.SectionDetails;
import com.reportflow.report.SectionRevision;
import com.reportflow.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who did what and when, on which revision, with each opinion, oldest first. */
public class HistoryPanel extends Div {

    final UnorderedList entries = new UnorderedList();

    /** The history of one section, legality opinions laid out in full. */
    public HistoryPanel(SectionDetails details) {
        this(details.history(), details.opinions(), details::revision, Map.of());
    }

    /**
     * A report's history, each entry about a section naming it by its heading (section id to heading);
     * legality opinions are shown without quoting the revision they point at.
     */
    public HistoryPanel(List<HistoryEntry> history, List<ReviewOpinion> opinions, Map<Long, String> sectionHeadings) {
        this(history, opinions, number -> Optional.empty(), sectionHeadings);
    }

    private HistoryPanel(
            List<HistoryEntry> history,
            List<ReviewOpinion> opinions,
            Function<Integer, Optional<SectionRevision>> revisions,
            Map<Long, String> sectionHeadings) {
        addClassName("history");
        add(new H3(getTranslation("history.title")), entries);
        Map<Long, ReviewOpinion> opinionsById =
                opinions.stream().collect(Collectors.toMap(ReviewOpinion::getId, o -> o));
        for (HistoryEntry entry : history) {
            ListItem item = new ListItem();
            String line = Formats.dateTime(entry.getOccurredAt()) + "  " + entry.getActorName() + "  "
                    + getTranslation("history." + entry.getAction().name());
            String heading = entry.getSectionId() == null ? null : sectionHeadings.get(entry.getSectionId());
            if (heading != null) {
                line += "  " + getTranslation("history.section", heading);
            }
            if (entry.getRevisionNumber() != null) {
                line += "  " + getTranslation("revision.number", entry.getRevisionNumber());
            }
            item.add(new Span(line));
            ReviewOpinion opinion = entry.getOpinionId() == null ? null : opinionsById.get(entry.getOpinionId());
            if (opinion != null && opinion.opinion().hasText()) {
                OpinionText text = new OpinionText(
                        opinion.opinion(),
                        revisions
                                .apply(entry.getRevisionNumber())
                                .map(SectionRevision::getBody)
                                .orElse(""));
                text.addClassName("history-comment");
                item.add(text);
            } else if (entry.getComment() != null && !entry.getComment().isBlank()) {
                Div comment = new Div();
                comment.setText(
                        entry.getAction() == HistoryAction.OFFICE_CHECK_SWITCHED
                                // Stored as on/off, a code rather than words: shown in the reader's language.
                                ? getTranslation("history.office-check." + entry.getComment())
                                : entry.getComment());
                comment.addClassName("history-comment");
                item.add(comment);
            }
            entries.add(item);
        }
        if (history.isEmpty()) {
            entries.add(new ListItem(getTranslation("history.empty")));
        }
    }
}
