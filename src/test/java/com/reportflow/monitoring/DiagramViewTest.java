package com.reportflow.monitoring;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DiagramViewTest extends KaribuTest {

    @Test
    void a_section_returned_once_shows_its_diagram_with_the_return_and_the_open_step() {
        MonitoredReports fixture = new MonitoredReports(context);
        long sectionId = fixture.sectionIds(fixture.start()).getFirst();
        fixture.submit(sectionId);
        fixture.returnIt(sectionId);

        DiagramView view = open("coordinator", "monitoring/diagram/section/" + sectionId);

        assertThat(view.refusal.isVisible()).isFalse();
        assertThat(view.title.getText()).startsWith("章节流程图：").contains("（一）");
        assertThat(_find(view.image, Image.class)).singleElement();
        assertThat(view.diagram.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        List<DiagramView.StepMark> steps = _findAll(view.steps);
        assertThat(steps)
                .extracting(DiagramView.StepMark::activityId)
                .containsExactly("draftSection", "officeCheck", "legalityReview");
        assertThat(steps.get(0).state()).isEqualTo("办理中（红框）");
        assertThat(steps.get(1).state()).isEmpty();
        assertThat(steps.get(2).state()).isEqualTo("已完成（绿框）");
        assertThat(steps.get(2).returned()).isEqualTo(1);
    }

    @Test
    void a_process_definition_shows_the_years_instances_at_each_step() {
        MonitoredReports fixture = new MonitoredReports(context);
        fixture.start();

        DiagramView view = open("admin", "monitoring/diagram/process/reportSection?year=" + MonitoredReports.YEAR);

        assertThat(view.refusal.isVisible()).isFalse();
        assertThat(_findAll(view.steps))
                .filteredOn(m -> m.activityId().equals("draftSection"))
                .singleElement()
                .satisfies(m -> assertThat(m.count()).isGreaterThanOrEqualTo(11));

        DiagramView latest = open("admin", "monitoring/diagram/process/annualReport");
        assertThat(latest.refusal.isVisible()).isFalse();
        assertThat(latest.title.getText()).contains(String.valueOf(MonitoredReports.YEAR));
    }

    @Test
    void every_step_under_the_report_diagram_is_named_in_both_languages_never_by_its_key() {
        new MonitoredReports(context).start();
        DiagramView chinese = open("admin", "monitoring/diagram/process/annualReport");
        assertThat(_findAll(chinese.steps))
                .extracting(DiagramView.StepMark::name)
                .contains("重新打开的章节再次审查")
                .noneMatch(name -> name.startsWith("monitoring."));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("monitoring/diagram/process/annualReport");
        DiagramView english = _get(DiagramView.class);
        assertThat(_findAll(english.steps))
                .extracting(DiagramView.StepMark::name)
                .contains("Reopened sections reviewed again")
                .noneMatch(name -> name.startsWith("monitoring."));
    }

    @Test
    void a_forged_id_or_kind_shows_a_refusal_and_no_image() {
        for (String route : List.of(
                "monitoring/diagram/report/-7", "monitoring/diagram/section/abc", "monitoring/diagram/nothing/1")) {
            DiagramView view = open("admin", route);
            assertThat(view.refusal.isVisible()).isTrue();
            assertThat(view.refusal.getText()).isNotBlank();
            assertThat(_find(view.image, Image.class)).isEmpty();
        }
    }

    @Test
    void the_legal_advisor_cannot_open_a_diagram() {
        login("advisor");
        assertRefused(() -> UI.getCurrent().navigate("monitoring/diagram/report/1"));
    }

    private DiagramView open(String user, String route) {
        login(user);
        int query = route.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(route);
        } else {
            UI.getCurrent().navigate(route.substring(0, query), QueryParameters.fromString(route.substring(query + 1)));
        }
        return _get(DiagramView.class);
    }
}
