package com.reportflow.workflow;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.ReportSteps;
import com.reportflow.drafting.DraftingService;
import com.reportflow.review.ReviewService;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.flowable.bpmn.model.GraphicInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ProcessDiagramsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessDiagrams diagrams;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReviewService review;

    @Test
    void a_section_returned_once_shows_review_finished_and_returned_once_and_drafting_open_again() throws IOException {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        long sectionId = steps.sectionIds(reportId).getFirst();
        steps.submit("author", sectionId, "初稿");
        as("advisor", () -> review.returnWithOpinion(sectionId, "请补充。"));

        DiagramMarks marks = diagrams.ofSection(sectionId).orElseThrow();

        assertThat(marks.active()).containsExactly("draftSection");
        assertThat(marks.completed()).containsExactlyInAnyOrder("draftSection", "legalityReview");
        assertThat(marks.returned()).isEqualTo(Map.of("legalityReview", 1));

        BufferedImage image = read(diagrams.png(ProcessDiagrams.Definition.SECTION, marks, Map.of()));
        // The generator's red frame sits on the open task's edge; our green frame 3 px outside a finished one; the
        // orange badge on its top right corner. Each found where the model's coordinates put it.
        ProcessDiagrams.Origin origin = diagrams.origin(ProcessDiagrams.Definition.SECTION);
        GraphicInfo draft = diagrams.graphicInfo(ProcessDiagrams.Definition.SECTION, "draftSection");
        GraphicInfo reviewBox = diagrams.graphicInfo(ProcessDiagrams.Definition.SECTION, "legalityReview");
        assertThat(near(image, draft.getX() - origin.x(), draft.getY() + draft.getHeight() / 2 - origin.y(), Color.RED))
                .isTrue();
        assertThat(near(
                        image,
                        reviewBox.getX() - 3 - origin.x(),
                        reviewBox.getY() + reviewBox.getHeight() / 2 - origin.y(),
                        ProcessDiagrams.COMPLETED))
                .isTrue();
        assertThat(near(
                        image,
                        reviewBox.getX() + reviewBox.getWidth() - origin.x(),
                        reviewBox.getY() - origin.y(),
                        ProcessDiagrams.RETURNED))
                .isTrue();
        GraphicInfo officeCheck = diagrams.graphicInfo(ProcessDiagrams.Definition.SECTION, "officeCheck");
        assertThat(near(
                        image,
                        officeCheck.getX() - 3 - origin.x(),
                        officeCheck.getY() + officeCheck.getHeight() / 2 - origin.y(),
                        ProcessDiagrams.COMPLETED))
                .isFalse();
    }

    @Test
    void a_report_process_shows_its_sections_call_open_and_nothing_finished_yet() {
        long reportId = new ReportSteps(context).drafting(false);

        DiagramMarks marks = diagrams.ofReport(reportId).orElseThrow();

        assertThat(marks.active()).containsExactly("draftSections");
        assertThat(marks.completed()).isEmpty();
        assertThat(diagrams.ofReport(-reportId)).isEmpty();
        assertThat(diagrams.ofSection(-1)).isEmpty();
    }

    @Test
    void the_counts_per_step_cover_only_the_given_reports() {
        ReportSteps steps = new ReportSteps(context);
        long reportId = steps.drafting(false);
        List<Long> ids = steps.sectionIds(reportId);
        steps.submit("author", ids.getFirst(), "初稿");

        Map<String, Integer> sections = diagrams.instancesAtSteps(ProcessDiagrams.Definition.SECTION, Set.of(reportId));
        Map<String, Integer> reports = diagrams.instancesAtSteps(ProcessDiagrams.Definition.REPORT, Set.of(reportId));

        assertThat(sections).isEqualTo(Map.of("draftSection", ids.size() - 1, "legalityReview", 1));
        assertThat(reports).isEqualTo(Map.of("draftSections", 1));
        assertThat(diagrams.instancesAtSteps(ProcessDiagrams.Definition.SECTION, Set.of()))
                .isEmpty();
    }

    @Test
    void the_diagram_names_the_steps_of_the_deployed_model() {
        assertThat(diagrams.stepNames(ProcessDiagrams.Definition.SECTION))
                .containsOnlyKeys("draftSection", "officeCheck", "legalityReview");
        assertThat(diagrams.stepNames(ProcessDiagrams.Definition.REPORT))
                .containsOnlyKeys(
                        "draftSections",
                        "compileReport",
                        "deliberateReport",
                        "redraftSections",
                        "reviewReopenedSection",
                        "signOff",
                        "publishReport",
                        "submitToSuperior");
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Whether a pixel within 2 px of the point has the colour (anti-aliasing blurs single pixels). */
    private static boolean near(BufferedImage image, double x, double y, Color color) {
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                int px = (int) Math.round(x) + dx;
                int py = (int) Math.round(y) + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
                    Color c = new Color(image.getRGB(px, py));
                    if (Math.abs(c.getRed() - color.getRed()) < 24
                            && Math.abs(c.getGreen() - color.getGreen()) < 24
                            && Math.abs(c.getBlue() - color.getBlue()) < 24) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
