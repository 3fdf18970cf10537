package com.reportflow.report;

import com.reportflow.directory.Office;
import com.reportflow.workflow.Step;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A node of the report's outline. A node with an office is a section someone drafts; a node without one is a
 * heading that groups the nodes below it. Heading numbers are never stored: they follow from the outline.
 */
@Entity
@Table(name = "report_section")
public class ReportSection {

    public static final int MAX_BODY_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private Report report;

    private Long parentId;

    private int position;

    private int depth;

    private String heading;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "office_id")
    private Office office;

    private LocalDate dueDate;

    private String body;

    @Enumerated(EnumType.STRING)
    private SectionStatus status;

    private String referenceText;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected ReportSection() {}

    public ReportSection(Report report, Long parentId, int position, int depth, String heading) {
        this.report = report;
        this.parentId = parentId;
        this.position = position;
        this.depth = depth;
        this.heading = heading;
        this.status = SectionStatus.HEADING;
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public Long getReportId() {
        return report.getId();
    }

    public Long getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public int getDepth() {
        return depth;
    }

    public String getHeading() {
        return heading;
    }

    public Office getOffice() {
        return office;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getBody() {
        return body == null ? "" : body;
    }

    public SectionStatus getStatus() {
        return status;
    }

    /** Last year's text under this heading, shown to the author as reference; empty when there is none. */
    public String getReferenceText() {
        return referenceText == null ? "" : referenceText;
    }

    public void keepReference(String text) {
        this.referenceText = text == null || text.isEmpty() ? null : text;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isAssigned() {
        return office != null;
    }

    public void assign(Office office, LocalDate dueDate) {
        this.office = office;
        this.dueDate = dueDate;
        this.status = SectionStatus.DRAFTING;
    }

    public void writeBody(String body, String username, Instant at) {
        this.body = body;
        this.updatedBy = username;
        this.updatedAt = at;
    }

    public void rename(String heading) {
        this.heading = heading;
    }

    /** Places the node in the outline; positions are document order, depth 1 is a part. */
    public void place(Long parentId, int position, int depth) {
        this.parentId = parentId;
        this.position = position;
        this.depth = depth;
    }

    /** Moves the section to another office (转办) while it is drafted; its status stays. */
    public void transferTo(Office office) {
        require(status.isDraftable());
        this.office = office;
    }

    /** Submitted from drafting to the step the section process routed it to: the office check or legality review. */
    public void submitted(Step next) {
        SectionStatus to = SectionStatus.at(next);
        require(status.isDraftable() && (to == SectionStatus.OFFICE_CHECK || to == SectionStatus.LEGAL_REVIEW));
        this.status = to;
    }

    /** Taken back by its office before the check or review was taken up. */
    public void withdrawn() {
        require(status == SectionStatus.OFFICE_CHECK || status == SectionStatus.LEGAL_REVIEW);
        this.status = SectionStatus.DRAFTING;
    }

    /** The office head passed it on to legality review, or returned it to its authors. */
    public void checkedInOffice(boolean approved) {
        require(status == SectionStatus.OFFICE_CHECK);
        this.status = approved ? SectionStatus.LEGAL_REVIEW : SectionStatus.RETURNED;
    }

    /** Sent on from the office check to legality review without the check (跳过科室审核). */
    public void officeCheckSkipped() {
        require(status == SectionStatus.OFFICE_CHECK);
        this.status = SectionStatus.LEGAL_REVIEW;
    }

    /** The legal advisor approved it, or returned it with an opinion. */
    public void reviewed(boolean approved) {
        require(status == SectionStatus.LEGAL_REVIEW);
        this.status = approved ? SectionStatus.APPROVED : SectionStatus.RETURNED;
    }

    /** An approved section goes back through legality review. */
    public void reopened() {
        require(status == SectionStatus.APPROVED);
        this.status = SectionStatus.LEGAL_REVIEW;
    }

    /** The leadership group sent the approved section back to drafting. */
    public void returnedByDeliberation() {
        require(status == SectionStatus.APPROVED);
        this.status = SectionStatus.RETURNED;
    }

    /** Taken out of the outline; kept with its text and history. */
    public void removed() {
        require(status != SectionStatus.REMOVED);
        this.status = SectionStatus.REMOVED;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new StateConflict();
        }
    }
}
