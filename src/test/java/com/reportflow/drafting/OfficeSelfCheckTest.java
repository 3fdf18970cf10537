package com.reportflow.drafting;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionStatus;
import com.reportflow.shared.UserFacingException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** A head who also drafts never decides the office check of a revision they submitted themselves. */
@SpringBootTest
@ActiveProfiles("test")
class OfficeSelfCheckTest {

    static final String DRAFTING_HEAD = "draftinghead";

    @Autowired
    ApplicationContext context;

    @Autowired
    DraftingService drafting;

    @Autowired
    Directory directory;

    @Autowired
    ReportQueries queries;

    @Test
    void a_head_who_submitted_the_revision_is_refused_its_office_check_even_by_a_forged_request() {
        ensureDraftingHead();
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(true)).getFirst();
        steps.submit(DRAFTING_HEAD, sectionId, "正文：本科室负责人亲自起草");

        assertThatThrownBy(() -> as(DRAFTING_HEAD, () -> drafting.approveInOffice(sectionId)))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.office-check.own-revision");
        assertThatThrownBy(() -> as(DRAFTING_HEAD, () -> drafting.returnInOffice(sectionId, "自己退回")))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.office-check.own-revision");
        assertThat(as("coordinator", () -> queries.section(sectionId)).status()).isEqualTo(SectionStatus.OFFICE_CHECK);

        as("officehead", () -> drafting.approveInOffice(sectionId));
        assertThat(as("coordinator", () -> queries.section(sectionId)).status()).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    private synchronized void ensureDraftingHead() {
        if (directory.actor(DRAFTING_HEAD).isEmpty()) {
            directory.createUser(
                    DRAFTING_HEAD,
                    "王科长",
                    "reportflow",
                    directory.officeByCode(ReportSteps.OFFICE).orElseThrow(),
                    Set.of(Role.AUTHOR, Role.OFFICE_HEAD));
        }
    }
}
