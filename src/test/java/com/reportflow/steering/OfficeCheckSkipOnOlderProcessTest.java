package com.reportflow.steering;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sections whose process started on a version of the section process before the coordinator could skip the office
 * check (an installation upgraded mid-year) are refused the skip with a message that says what to do instead, and
 * nothing changes; the transfer to a head of another office still works for them.
 */
@SpringBootTest
@ActiveProfiles("test")
class OfficeCheckSkipOnOlderProcessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RepositoryService repository;

    @Autowired
    ReportPlanning planning;

    @Autowired
    ReportQueries queries;

    @Autowired
    Directory directory;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Test
    void a_section_on_the_older_process_is_refused_the_skip_and_can_still_be_transferred() throws Exception {
        long sectionId;
        try (InputStream older =
                getClass().getResourceAsStream("/processes-before/reportSection-before-skip.bpmn20.xml")) {
            repository
                    .createDeployment()
                    .name("older section process")
                    .addInputStream("reportSection.bpmn20.xml", older)
                    .deploy();
        }
        try {
            sectionId = new ReportSteps(context).submittedToOfficeCheck("DDS", "inspector");
        } finally {
            // Every later test runs on the current process again.
            repository
                    .createDeployment()
                    .name("current section process")
                    .addBytes(
                            "reportSection.bpmn20.xml",
                            Files.readAllBytes(Path.of("processes", "reportSection.bpmn20.xml")))
                    .deploy();
        }
        long section = sectionId;
        assertThat(status(section)).isEqualTo(SectionStatus.OFFICE_CHECK);

        assertThatThrownBy(() -> as("coordinator", () -> steering.skipOfficeCheck(section, "督导室暂无负责人")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "steering.error.skip-old-version");
        assertThat(status(section)).isEqualTo(SectionStatus.OFFICE_CHECK);

        as("coordinator", () -> steering.transfer(Step.OFFICE_CHECK, section, "officehead", "本科室暂无负责人"));
        assertThat(as("coordinator", () -> pages.section(section))
                        .task()
                        .orElseThrow()
                        .holder())
                .isEqualTo("officehead");
    }

    private SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }
}
