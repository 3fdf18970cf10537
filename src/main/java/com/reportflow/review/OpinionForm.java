package com.reportflow.review;

import com.reportflow.report.LegalOpinion;
import com.reportflow.report.OpinionAspect;
import com.reportflow.report.ReportDocument;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import com.reportflow.shared.ui.Errors;
import com.reportflow.shared.ui.InputLimit;
import com.reportflow.workflow.Decision;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A legality opinion as reviewers write it: a finding per aspect (each optional), remarks, the paragraph it points
 * at, and the conclusion as the button pressed. A refusal shows beside the form and nothing typed is lost.
 */
class OpinionForm extends VerticalLayout {

    final Map<OpinionAspect, TextArea> findings = new EnumMap<>(OpinionAspect.class);
    final TextArea remarks = new TextArea();
    final Select<Integer> paragraph = new Select<>();
    final Button approve = new Button();
    final Button returnWithOpinion = new Button();
    final Div error = new Div();

    private List<String> paragraphs = List.of();

    OpinionForm(Consumer<LegalOpinion> decide, Consumer<Decision> afterwards) {
        setPadding(false);
        for (OpinionAspect aspect : OpinionAspect.values()) {
            TextArea area = new TextArea(getTranslation("review.aspect." + aspect.name()));
            InputLimit.apply(area, ReviewService.MAX_OPINION_LENGTH);
            area.setWidthFull();
            findings.put(aspect, area);
            add(area);
        }
        remarks.setLabel(getTranslation("review.remarks"));
        InputLimit.apply(remarks, ReviewService.MAX_OPINION_LENGTH);
        remarks.setWidthFull();
        paragraph.setLabel(getTranslation("review.paragraph"));
        paragraph.setEmptySelectionAllowed(true);
        paragraph.setEmptySelectionCaption(getTranslation("review.paragraph.whole"));
        paragraph.setItemLabelGenerator(this::paragraphLabel);
        paragraph.setWidthFull();
        error.addClassName("error");
        error.setVisible(false);
        approve.setText(getTranslation("review.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> submit(Decision.APPROVE, decide, afterwards));
        returnWithOpinion.setText(getTranslation("review.return"));
        returnWithOpinion.addThemeVariants(ButtonVariant.LUMO_ERROR);
        returnWithOpinion.addClickListener(e -> submit(Decision.RETURN, decide, afterwards));
        add(remarks, paragraph, error, new HorizontalLayout(approve, returnWithOpinion));
    }

    /** The text under review, whose paragraphs the opinion may point at. */
    void reviewing(String body) {
        paragraphs = ReportDocument.paragraphs(body);
        List<Integer> numbers = new ArrayList<>(
                IntStream.rangeClosed(1, paragraphs.size()).boxed().toList());
        paragraph.setItems(numbers);
    }

    LegalOpinion opinion(Decision conclusion) {
        Map<OpinionAspect, String> written = new EnumMap<>(OpinionAspect.class);
        findings.forEach((aspect, area) -> written.put(aspect, area.getValue()));
        return new LegalOpinion(conclusion, written, remarks.getValue(), paragraph.getValue());
    }

    private void submit(Decision conclusion, Consumer<LegalOpinion> decide, Consumer<Decision> afterwards) {
        error.setVisible(false);
        boolean done = Errors.attempt(this, () -> {
            try {
                decide.accept(opinion(conclusion));
            } catch (UserFacingException e) {
                error.setText(Errors.message(this, e));
                error.setVisible(true);
                throw e;
            }
        });
        if (done) {
            afterwards.accept(conclusion);
        }
    }

    private String paragraphLabel(Integer number) {
        if (number == null) {
            return getTranslation("review.paragraph.whole");
        }
        return getTranslation("review.paragraph.item", number, TextInput.excerpt(paragraphs.get(number - 1), 30));
    }
}
