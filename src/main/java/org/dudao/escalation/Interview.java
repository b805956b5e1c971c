package org.dudao.escalation;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * An interview (约谈, §12) of a unit's responsible officials, held with 纪委监委 and 组织部; the
 * written record is filed with the unit's party committee/government and superior department.
 */
@Entity
@Table(name = "interview")
class Interview implements CaseLinked {

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
    private String reason;
    @Column(name = "planned_on")
    private LocalDate scheduledOn;
    private String location;
    private Long findingId;
    private String decisionComment;
    private Instant filedAt;
    private LocalDate heldOn;
    @Column(columnDefinition = "text")
    private String record;
    private String filedWith;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "interview_participant", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "seq")
    @Column(name = "name")
    private List<String> participants = new ArrayList<>();

    protected Interview() {
    }

    Interview(Long caseId, Long unitId, String reason, LocalDate scheduledOn, String location, List<String> participants,
              String createdBy) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.reason = reason;
        this.scheduledOn = scheduledOn;
        this.location = location;
        this.participants.addAll(participants);
        this.status = RecordStatus.SCHEDULED;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    /** Proposed by the escalation ladder for one finding; the committee decides whether and when (§12). */
    static Interview proposed(Long caseId, Long unitId, Long findingId, String reason, String createdBy) {
        Interview interview = new Interview(caseId, unitId, reason, null, null, List.of(), createdBy);
        interview.findingId = findingId;
        interview.status = RecordStatus.PROPOSED;
        return interview;
    }

    void approve(LocalDate plannedOn, String location, String comment) {
        requireProposed();
        this.scheduledOn = plannedOn;
        this.location = location;
        this.decisionComment = comment;
        this.status = RecordStatus.SCHEDULED;
    }

    void reject(String comment) {
        requireProposed();
        this.decisionComment = comment;
        this.status = RecordStatus.REJECTED;
    }

    private void requireProposed() {
        if (status != RecordStatus.PROPOSED) {
            throw DomainException.conflict("status", "约谈建议已决定", "the interview is decided already");
        }
    }

    /** The written record was sent for filing (备案, §12) to the bodies named. */
    void file(String filedWith) {
        if (status != RecordStatus.HELD) {
            throw DomainException.conflict("status", "约谈尚未记录，不能备案", "the interview is not recorded yet");
        }
        this.filedWith = filedWith;
        this.filedAt = Instant.now();
    }

    void record(LocalDate heldOn, List<String> participants, String record, String filedWith) {
        if (status != RecordStatus.SCHEDULED) {
            throw DomainException.conflict("status", "约谈已记录", "the interview is recorded already");
        }
        this.heldOn = heldOn;
        this.participants.clear();
        this.participants.addAll(participants);
        this.record = record;
        this.filedWith = filedWith;
        this.status = RecordStatus.HELD;
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

    String getReason() {
        return reason;
    }

    LocalDate getScheduledOn() {
        return scheduledOn;
    }

    String getLocation() {
        return location;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getRecord() {
        return record;
    }

    String getFiledWith() {
        return filedWith;
    }

    Long getFindingId() {
        return findingId;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    Instant getFiledAt() {
        return filedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    List<String> getParticipants() {
        return participants;
    }
}
