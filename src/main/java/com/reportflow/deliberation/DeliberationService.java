package com.reportflow.deliberation;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.report.History;
import com.reportflow.report.HistoryAction;
import com.reportflow.report.Report;
import com.reportflow.report.ReportAccess;
import com.reportflow.report.ReportDocument;
import com.reportflow.report.ReportQueries;
import com.reportflow.report.ReportRepository;
import com.reportflow.report.ReportSection;
import com.reportflow.report.SectionRepository;
import com.reportflow.report.StepTurns;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.NotFoundException;
import com.reportflow.shared.TextInput;
import com.reportflow.workflow.DeliberationOutcome;
import com.reportflow.workflow.ReportWorkflow;
import com.reportflow.workflow.Step;
import com.reportflow.workflow.WorkItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Only the leadership group's secretary records a deliberation. */
@Service
public class DeliberationService {

    static final int MAX_NOTES_LENGTH = 5_000;

    private final DeliberationRepository records;
    private final ReportRepository reports;
    private final SectionRepository sections;
    private final ReportQueries queries;
    private final ReportWorkflow workflow;
    private final History history;
    private final CurrentUser currentUser;
    private final StepTurns turns;
    private final ConflictRetry retry;
    private final Clock clock;

    DeliberationService(
            DeliberationRepository records,
            ReportRepository reports,
            SectionRepository sections,
            ReportQueries queries,
            ReportWorkflow workflow,
            History history,
            CurrentUser currentUser,
            StepTurns turns,
            ConflictRetry retry,
            Clock clock) {
        this.records = records;
        this.reports = reports;
        this.sections = sections;
        this.queries = queries;
        this.workflow = workflow;
        this.history = history;
        this.currentUser = currentUser;
        this.turns = turns;
        this.retry = retry;
        this.clock = clock;
    }

    public ReportDocument document(long reportId) {
        return queries.document(reportId);
    }

    /** What the deliberation screen shows and offers, in one read: the report, the meetings so far, whose turn. */
    @Transactional(readOnly = true)
    public DeliberationScreen screen(long reportId) {
        Actor actor = currentUser.require();
        ReportAccess.requireReadReports(actor);
        return new DeliberationScreen(
                queries.documentOf(reportId),
                records.findByReportIdOrderByIdAsc(reportId),
                turns.isTurn(actor, Role.SECRETARY, Step.DELIBERATE_REPORT, reportId));
    }

    public boolean mayRecord(long reportId) {
        Actor actor = currentUser.require();
        return turns.isTurn(actor, Role.SECRETARY, Step.DELIBERATE_REPORT, reportId);
    }

    @Transactional(readOnly = true)
    public List<Deliberation> records(long reportId) {
        ReportAccess.requireReadReports(currentUser.require());
        reports.findById(reportId).orElseThrow(NotFoundException::new);
        return records.findByReportIdOrderByIdAsc(reportId);
    }

    /**
     * Records the meeting. "Passed" sends the report to the director; "returned" sends the named sections back
     * through drafting and legality review, after which the report is compiled and deliberated again.
     */
    public void record(
            long reportId,
            String meetingName,
            LocalDate meetingDate,
            DeliberationOutcome outcome,
            Set<Long> returnedSectionIds,
            String notes) {
        Actor actor = currentUser.require();
        ReportAccess.requireRole(actor, Role.SECRETARY);
        String meeting = TextInput.line(meetingName, 100, "deliberation.meeting");
        String checkedNotes = TextInput.optional(notes, MAX_NOTES_LENGTH, "deliberation.notes")
                .strip();
        if (meetingDate == null) {
            throw new InvalidInputException("error.required", "deliberation.date");
        }
        if (meetingDate.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("error.deliberation.future-date");
        }
        if (outcome == null) {
            throw new InvalidInputException("error.required", "deliberation.outcome");
        }
        Set<Long> returned = returnedSectionIds == null ? Set.of() : new LinkedHashSet<>(returnedSectionIds);
        if (outcome == DeliberationOutcome.RETURNED && returned.isEmpty()) {
            throw new InvalidInputException("error.deliberation.sections-required");
        }
        if (outcome == DeliberationOutcome.PASSED && !returned.isEmpty()) {
            throw new InvalidInputException("error.deliberation.sections-not-expected");
        }
        if (outcome == DeliberationOutcome.RETURNED && checkedNotes.isBlank()) {
            throw new InvalidInputException("error.deliberation.reason-required");
        }
        retry.inTransaction(() -> {
            Report report = reports.findById(reportId).orElseThrow(NotFoundException::new);
            WorkItem task = workflow.actionable(Step.DELIBERATE_REPORT, reportId, actor);
            List<ReportSection> sent = sections.findByIdIn(returned);
            if (sent.size() != returned.size()
                    || sent.stream().anyMatch(s -> !s.getReportId().equals(reportId) || !s.isAssigned())) {
                throw new InvalidInputException("error.deliberation.unknown-section");
            }
            records.save(new Deliberation(
                    reportId,
                    meeting,
                    meetingDate,
                    outcome,
                    checkedNotes,
                    returned,
                    actor.username(),
                    clock.instant()));
            String summary = meeting + " · " + meetingDate + (checkedNotes.isBlank() ? "" : "\n" + checkedNotes);
            if (outcome == DeliberationOutcome.RETURNED) {
                for (ReportSection section : sent) {
                    section.returnedByDeliberation();
                    history.record(actor, reportId, section.getId(), HistoryAction.DELIBERATION_RETURNED, summary);
                }
                report.returnedByDeliberation();
            } else {
                report.signing();
            }
            history.record(
                    actor,
                    reportId,
                    null,
                    outcome == DeliberationOutcome.PASSED
                            ? HistoryAction.DELIBERATION_PASSED
                            : HistoryAction.DELIBERATION_RETURNED,
                    summary);
            sections.flush();
            workflow.complete(task, actor, outcome);
        });
    }
}
