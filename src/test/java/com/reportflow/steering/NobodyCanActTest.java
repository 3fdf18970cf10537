package com.reportflow.steering;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.ReportSteps;
import com.reportflow.TestReports;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.PeopleAdmin;
import com.reportflow.directory.Role;
import com.reportflow.drafting.DraftingService;
import com.reportflow.inbox.InboxService;
import com.reportflow.inbox.TaskRow;
import com.reportflow.monitoring.Dashboard;
import com.reportflow.monitoring.DashboardFilter;
import com.reportflow.monitoring.MonitoringDashboard;
import com.reportflow.monitoring.Risk;
import com.reportflow.monitoring.SectionRow;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.HistoryEntry;
import com.reportflow.report.OfficeHeadCheck;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.SectionStatus;
import com.reportflow.review.ReviewService;
import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.UserFacingException;
import com.reportflow.workflow.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A section whose office check nobody can make (the office has no active head, or its head left) is flagged in
 * monitoring, and the coordinator has a way out: transfer the check to a head of another office, or skip it with a
 * reason the history keeps. A head who drafts never checks their own revision: another head does, else the check is
 * skipped and the history says why.
 */
@SpringBootTest
@ActiveProfiles("test")
class NobodyCanActTest {

    private static final AtomicInteger OFFICES = new AtomicInteger();
    private static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    ApplicationContext context;

    @Autowired
    Directory directory;

    @Autowired
    ReportPlanning planning;

    @Autowired
    OfficeHeadCheck officeHeadCheck;

    @Autowired
    ReportQueries queries;

    @Autowired
    DraftingService drafting;

    @Autowired
    ReviewService review;

    @Autowired
    SteeringService steering;

    @Autowired
    SteeringPages pages;

    @Autowired
    MonitoringDashboard monitoring;

    @Autowired
    InboxService inbox;

    @Autowired
    PeopleAdmin people;

    @Autowired
    History history;

    /** A new office with one author and no head; the name of its author is its code in lower case. */
    private Office headlessOffice() {
        String code = "NCA" + OFFICES.incrementAndGet() + "X" + System.nanoTime() % 100_000;
        Office office = directory.createOffice(code, "无负责人科" + code);
        directory.createUser(author(office), "撰稿人" + code, "reportflow", office, Set.of(Role.AUTHOR));
        return office;
    }

    private static String author(Office office) {
        return office.getCode().toLowerCase();
    }

    private long submittedToOfficeCheck(Office office) {
        return new ReportSteps(context).submittedToOfficeCheck(office.getCode(), author(office));
    }

    private SectionRow row(long sectionId, Office office) {
        Dashboard dashboard =
                as("coordinator", () -> monitoring.dashboard(YEAR, new DashboardFilter(office.getId(), null, null)));
        return dashboard.sections().stream()
                .filter(r -> r.sectionId() == sectionId)
                .findFirst()
                .orElseThrow();
    }

    private SectionStatus status(long sectionId) {
        return as("coordinator", () -> queries.section(sectionId)).status();
    }

    private List<HistoryEntry> historyOf(long sectionId) {
        return history.ofSection(sectionId);
    }

    @Test
    void a_check_waiting_for_an_office_without_a_head_is_flagged_first_and_can_go_to_a_head_of_another_office() {
        Office office = headlessOffice();
        long sectionId = submittedToOfficeCheck(office);
        assertThat(status(sectionId)).isEqualTo(SectionStatus.OFFICE_CHECK);

        SectionRow flagged = row(sectionId, office);
        assertThat(flagged.risk().level()).isEqualTo(Risk.Level.BLOCKED);
        assertThat(flagged.risk().reason()).isEqualTo(Risk.Reason.NOBODY_CAN_ACT);
        Dashboard all = as("coordinator", () -> monitoring.dashboard(YEAR, new DashboardFilter(null, null, null)));
        assertThat(all.sections().getFirst().risk().level()).isEqualTo(Risk.Level.BLOCKED);
        assertThat(all.reports().getFirst().risk().level()).isEqualTo(Risk.Level.BLOCKED);

        // 转办 offers the heads of other offices (named with their office), never the author who submitted.
        List<Person> eligible = as("coordinator", () -> pages.eligible(Step.OFFICE_CHECK, sectionId));
        assertThat(eligible).extracting(Person::username).contains("officehead", "hr");
        assertThat(eligible).extracting(Person::username).doesNotContain(author(office), "author", "coordinator");
        assertThat(eligible)
                .filteredOn(p -> p.username().equals("officehead"))
                .extracting(Person::displayName)
                .containsExactly("李卫东（基础教育科）");
        assertThatThrownBy(() ->
                        as("coordinator", () -> steering.transfer(Step.OFFICE_CHECK, sectionId, author(office), "")))
                .isInstanceOf(InvalidInputException.class);

        as("coordinator", () -> steering.transfer(Step.OFFICE_CHECK, sectionId, "officehead", "本科室暂无负责人"));
        assertThat(row(sectionId, office).risk().level()).isNotEqualTo(Risk.Level.BLOCKED);
        assertThat(as("officehead", () -> drafting.mayCheck(sectionId))).isTrue();
        assertThat(as("officehead", () -> drafting.section(sectionId)).sectionId())
                .isEqualTo(sectionId);
        // Another head of the same other office may not act on a check held by their colleague.
        assertThat(as("hr", () -> drafting.mayCheck(sectionId))).isFalse();

        as("officehead", () -> drafting.approveInOffice(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void the_coordinator_skips_a_check_nobody_can_make_with_a_reason_the_history_keeps() {
        Office office = headlessOffice();
        long sectionId = submittedToOfficeCheck(office);

        assertThatThrownBy(() -> as("coordinator", () -> steering.skipOfficeCheck(sectionId, "  ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(
                        "coordinator",
                        () -> steering.skipOfficeCheck(sectionId, "理".repeat(SteeringRules.MAX_REASON_LENGTH + 1))))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.too-long");
        assertThatThrownBy(() -> as("coordinator", () -> steering.skipOfficeCheck(sectionId, "理由\u0007")))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.control-characters");
        assertThatThrownBy(() -> as("coordinator", () -> steering.skipOfficeCheck(987_654_321L, "伪造的章节")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(author(office), () -> steering.skipOfficeCheck(sectionId, "自己跳过")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("officehead", () -> steering.skipOfficeCheck(sectionId, "越权跳过")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(sectionId)).isEqualTo(SectionStatus.OFFICE_CHECK);
        assertThat(as("coordinator", () -> pages.section(sectionId))
                        .task()
                        .orElseThrow()
                        .operations())
                .contains(Operation.SKIP_OFFICE_CHECK);

        as("coordinator", () -> steering.skipOfficeCheck(sectionId, "督导室暂无负责人，经分管领导同意直接送审"));

        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(historyOf(sectionId))
                .filteredOn(e -> e.getAction() == HistoryAction.OFFICE_CHECK_SKIPPED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("coordinator");
                    assertThat(e.getComment()).isEqualTo("督导室暂无负责人，经分管领导同意直接送审");
                });
        // The legality review goes on as usual, and a second skip is refused: the check is over.
        as("advisor", () -> review.approve(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.APPROVED);
        assertThatThrownBy(() -> as("coordinator", () -> steering.skipOfficeCheck(sectionId, "再次跳过")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_check_whose_only_head_is_deactivated_is_flagged_as_nobody_can_act() {
        Office office = headlessOffice();
        String head = office.getCode().toLowerCase() + "-head";
        directory.createUser(head, "临时负责人", "reportflow", office, Set.of(Role.OFFICE_HEAD));
        long sectionId = submittedToOfficeCheck(office);
        assertThat(row(sectionId, office).risk().level()).isNotEqualTo(Risk.Level.BLOCKED);

        as("admin", () -> people.deactivate(head));

        assertThat(row(sectionId, office).risk().reason()).isEqualTo(Risk.Reason.NOBODY_CAN_ACT);
    }

    @Test
    void a_head_who_drafts_never_gets_the_check_of_their_own_revision_which_goes_to_the_other_head() {
        Office office = headlessOffice();
        String draftingHead = office.getCode().toLowerCase() + "-dh";
        String otherHead = office.getCode().toLowerCase() + "-oh";
        directory.createUser(draftingHead, "起草负责人", "reportflow", office, Set.of(Role.AUTHOR, Role.OFFICE_HEAD));
        directory.createUser(otherHead, "另一负责人", "reportflow", office, Set.of(Role.OFFICE_HEAD));
        long reportId = TestReports.start(planning, directory, office.getCode(), true);
        long sectionId = new ReportSteps(context).sectionIds(reportId).getFirst();

        new ReportSteps(context).submit(draftingHead, sectionId, "正文：负责人亲自起草");

        assertThat(status(sectionId)).isEqualTo(SectionStatus.OFFICE_CHECK);
        assertThat(as(draftingHead, () -> inbox.inbox(0, 500)))
                .extracting(TaskRow::sectionId)
                .doesNotContain(sectionId);
        assertThat(as(otherHead, () -> inbox.inbox(0, 500)))
                .filteredOn(t -> Long.valueOf(sectionId).equals(t.sectionId()))
                .extracting(TaskRow::step)
                .containsExactly(Step.OFFICE_CHECK);
        assertThat(row(sectionId, office).holder()).isEqualTo("另一负责人");
        assertThat(as(draftingHead, () -> drafting.mayCheck(sectionId))).isFalse();
        assertThat(as(otherHead, () -> drafting.mayCheck(sectionId))).isTrue();
        assertThat(as("coordinator", () -> pages.eligible(Step.OFFICE_CHECK, sectionId)))
                .extracting(Person::username)
                .doesNotContain(draftingHead);

        as(otherHead, () -> drafting.approveInOffice(sectionId));
        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void a_head_who_drafts_alone_skips_the_check_and_the_history_says_why() {
        Office office = headlessOffice();
        String soleHead = office.getCode().toLowerCase() + "-sole";
        directory.createUser(soleHead, "唯一负责人", "reportflow", office, Set.of(Role.AUTHOR, Role.OFFICE_HEAD));
        long reportId = TestReports.start(planning, directory, office.getCode(), true);
        long sectionId = new ReportSteps(context).sectionIds(reportId).getFirst();

        new ReportSteps(context).submit(soleHead, sectionId, "正文：负责人亲自起草");

        assertThat(status(sectionId)).isEqualTo(SectionStatus.LEGAL_REVIEW);
        assertThat(historyOf(sectionId))
                .extracting(HistoryEntry::getAction)
                .containsSubsequence(HistoryAction.SUBMITTED, HistoryAction.OFFICE_CHECK_SELF_SKIPPED);

        // A plain author of the same office still goes through the (sole) head's check.
        long second = new ReportSteps(context).sectionIds(reportId).get(1);
        new ReportSteps(context).submit(author(office), second, "正文：撰稿人起草");
        assertThat(status(second)).isEqualTo(SectionStatus.OFFICE_CHECK);
        as(soleHead, () -> drafting.approveInOffice(second));
        assertThat(status(second)).isEqualTo(SectionStatus.LEGAL_REVIEW);
    }

    @Test
    void the_report_names_the_offices_without_a_head_while_the_check_is_on() {
        Office office = headlessOffice();
        long reportId = TestReports.start(planning, directory, office.getCode(), true);

        assertThat(as("coordinator", () -> officeHeadCheck.officesWithoutHead(reportId)))
                .containsExactly(office.getName());
        assertThat(as("coordinator", () -> planning.officesWithoutHead())).contains(office.getId());

        as("coordinator", () -> officeHeadCheck.setOfficeHeadCheck(reportId, false));
        assertThat(as("coordinator", () -> officeHeadCheck.officesWithoutHead(reportId)))
                .isEmpty();
        assertThatThrownBy(() -> as(author(office), () -> officeHeadCheck.officesWithoutHead(reportId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(author(office), () -> planning.officesWithoutHead()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
