package org.dudao.escalation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dudao.audit.CaseLinked;

/** An urging notice (督办通知, §9) to a unit whose rectification is late or poor, with a new deadline. */
@Entity
@Table(name = "urging_notice")
class UrgingNotice implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private Long caseId;
    private Long unitId;
    private Long rectificationId;
    private String noticeNo;
    @Column(columnDefinition = "text")
    private String text;
    private LocalDate newDeadline;
    private Instant issuedAt;
    private String issuedBy;

    protected UrgingNotice() {
    }

    UrgingNotice(Long caseId, Long unitId, Long rectificationId, String noticeNo, String text, LocalDate newDeadline,
                 String issuedBy) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.rectificationId = rectificationId;
        this.noticeNo = noticeNo;
        this.text = text;
        this.newDeadline = newDeadline;
        this.issuedAt = Instant.now();
        this.issuedBy = issuedBy;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    Long getUnitId() {
        return unitId;
    }

    Long getRectificationId() {
        return rectificationId;
    }

    String getNoticeNo() {
        return noticeNo;
    }

    String getText() {
        return text;
    }

    LocalDate getNewDeadline() {
        return newDeadline;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    String getIssuedBy() {
        return issuedBy;
    }
}
