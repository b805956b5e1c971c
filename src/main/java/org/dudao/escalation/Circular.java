package org.dudao.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dudao.audit.CaseLinked;
import org.dudao.shared.DomainException;

/** A circular (通报, §13) on a unit's results and rectification, to 县委县政府 and 教科体局党委; counts in performance assessment. */
@Entity
@Table(name = "circular")
class Circular implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private Long caseId;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private RecordStatus status;
    @Column(columnDefinition = "text")
    private String text;
    private boolean countsInPerformance;
    private Long findingId;
    private String decisionComment;
    private Instant issuedAt;
    private String issuedBy;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "circular_recipient", joinColumns = @JoinColumn(name = "circular_id"))
    @OrderColumn(name = "seq")
    @Column(name = "recipient")
    private List<String> recipients = new ArrayList<>();

    protected Circular() {
    }

    Circular(Long caseId, Long unitId, String createdBy) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.status = RecordStatus.DRAFT;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    void draft(String text, List<String> recipients, boolean countsInPerformance) {
        if (status != RecordStatus.DRAFT) {
            throw DomainException.conflict("status", "通报已印发或已撤销，不能修改", "the circular is issued or dropped and cannot change");
        }
        this.text = text;
        this.recipients.clear();
        this.recipients.addAll(recipients);
        this.countsInPerformance = countsInPerformance;
    }

    void concern(Long findingId) {
        this.findingId = findingId;
    }

    /** The committee's comment on the draft (returned or approved). */
    void comment(String comment) {
        requireDraft();
        this.decisionComment = comment;
    }

    /** The committee decides not to issue it. */
    void drop(String comment) {
        requireDraft();
        this.decisionComment = comment;
        this.status = RecordStatus.DROPPED;
    }

    private void requireDraft() {
        if (status != RecordStatus.DRAFT) {
            throw DomainException.conflict("status", "通报已印发或已撤销", "the circular is issued or dropped already");
        }
    }

    void issue(String by) {
        if (status != RecordStatus.DRAFT) {
            throw DomainException.conflict("status", "通报已印发", "the circular is issued already");
        }
        this.status = RecordStatus.ISSUED;
        this.issuedAt = Instant.now();
        this.issuedBy = by;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getCaseId() {
        return caseId;
    }

    Long getUnitId() {
        return unitId;
    }

    RecordStatus getStatus() {
        return status;
    }

    String getText() {
        return text;
    }

    boolean isCountsInPerformance() {
        return countsInPerformance;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    String getIssuedBy() {
        return issuedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Long getFindingId() {
        return findingId;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    List<String> getRecipients() {
        return recipients;
    }
}
