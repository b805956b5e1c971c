package org.dudao.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.dudao.shared.DomainException;

/** A circular (通报, §13) on a unit's results and rectification, to 县委县政府 and 教科体局党委; counts in performance assessment. */
@Entity
@Table(name = "circular")
class Circular extends LadderRecord {

    @Column(columnDefinition = "text")
    private String text;
    private boolean countsInPerformance;
    private String decisionComment;
    private Instant issuedAt;
    private String issuedBy;

    @ElementCollection
    @CollectionTable(name = "circular_recipient", joinColumns = @JoinColumn(name = "circular_id"))
    @OrderColumn(name = "seq")
    @Column(name = "recipient")
    private List<String> recipients = new ArrayList<>();

    protected Circular() {
    }

    Circular(Long caseId, Long unitId, String createdBy) {
        super(caseId, unitId, RecordStatus.DRAFT, createdBy);
    }

    void draft(String text, List<String> recipients, boolean countsInPerformance) {
        if (getStatus() != RecordStatus.DRAFT) {
            throw DomainException.conflict("status", "通报已印发或已撤销，不能修改", "the circular is issued or dropped and cannot change");
        }
        this.text = text;
        this.recipients.clear();
        this.recipients.addAll(recipients);
        this.countsInPerformance = countsInPerformance;
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
        moveTo(RecordStatus.DROPPED);
    }

    private void requireDraft() {
        if (getStatus() != RecordStatus.DRAFT) {
            throw DomainException.conflict("status", "通报已印发或已撤销", "the circular is issued or dropped already");
        }
    }

    void issue(String by) {
        if (getStatus() != RecordStatus.DRAFT) {
            throw DomainException.conflict("status", "通报已印发", "the circular is issued already");
        }
        moveTo(RecordStatus.ISSUED);
        this.issuedAt = Instant.now();
        this.issuedBy = by;
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

    String getDecisionComment() {
        return decisionComment;
    }

    List<String> getRecipients() {
        return recipients;
    }
}
