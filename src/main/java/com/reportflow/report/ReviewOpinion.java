package com.reportflow.report;

import com.reportflow.workflow.Decision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/** A legal advisor's decision on one revision of a section, with the opinion as written; never changed. */
@Entity
@Immutable
@Table(name = "review_opinion")
public class ReviewOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sectionId;

    private Long reportId;

    private Long revisionId;

    private String reviewer;

    private String reviewerName;

    @Enumerated(EnumType.STRING)
    private Decision conclusion;

    private String authorityFinding;

    private String contentFinding;

    private String procedureFinding;

    private String wordingFinding;

    private String remarks;

    private Integer paragraph;

    private Instant decidedAt;

    protected ReviewOpinion() {}

    ReviewOpinion(SectionRevision revision, String reviewer, String reviewerName, LegalOpinion opinion, Instant at) {
        this.sectionId = revision.getSectionId();
        this.reportId = revision.getReportId();
        this.revisionId = revision.getId();
        this.reviewer = reviewer;
        this.reviewerName = reviewerName;
        this.conclusion = opinion.conclusion();
        this.authorityFinding = blankToNull(opinion.finding(OpinionAspect.AUTHORITY));
        this.contentFinding = blankToNull(opinion.finding(OpinionAspect.CONTENT));
        this.procedureFinding = blankToNull(opinion.finding(OpinionAspect.PROCEDURE));
        this.wordingFinding = blankToNull(opinion.finding(OpinionAspect.WORDING));
        this.remarks = blankToNull(opinion.remarks());
        this.paragraph = opinion.paragraph();
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getRevisionId() {
        return revisionId;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LegalOpinion opinion() {
        Map<OpinionAspect, String> findings = new EnumMap<>(OpinionAspect.class);
        put(findings, OpinionAspect.AUTHORITY, authorityFinding);
        put(findings, OpinionAspect.CONTENT, contentFinding);
        put(findings, OpinionAspect.PROCEDURE, procedureFinding);
        put(findings, OpinionAspect.WORDING, wordingFinding);
        return new LegalOpinion(conclusion, findings, remarks, paragraph);
    }

    private static void put(Map<OpinionAspect, String> findings, OpinionAspect aspect, String text) {
        if (text != null) {
            findings.put(aspect, text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
