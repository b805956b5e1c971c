package org.dudao.escalation;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * An interview (约谈, §12) of a unit's responsible officials, held with 纪委监委 and 组织部; the
 * written record is filed with the unit's party committee/government and superior department.
 */
@Entity
@Table(name = "interview")
class Interview extends LadderRecord {

    @Column(columnDefinition = "text")
    private String reason;
    @Column(name = "planned_on")
    private LocalDate scheduledOn;
    private String location;
    private String decisionComment;
    private Instant filedAt;
    private LocalDate heldOn;
    @Column(columnDefinition = "text")
    private String record;
    private String filedWith;

    @ElementCollection
    @CollectionTable(name = "interview_participant", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "seq")
    @Column(name = "name")
    private List<String> participants = new ArrayList<>();

    protected Interview() {
    }

    Interview(Long caseId, Long unitId, String reason, LocalDate scheduledOn, String location, List<String> participants,
              String createdBy) {
        super(caseId, unitId, RecordStatus.SCHEDULED, createdBy);
        this.reason = reason;
        this.scheduledOn = scheduledOn;
        this.location = location;
        this.participants.addAll(participants);
    }

    /** Proposed by the escalation ladder for one finding; the committee decides whether and when (§12). */
    static Interview proposed(Long caseId, Long unitId, Long findingId, String reason, String createdBy) {
        Interview interview = new Interview(caseId, unitId, reason, null, null, List.of(), createdBy);
        interview.concern(findingId);
        interview.moveTo(RecordStatus.PROPOSED);
        return interview;
    }

    void approve(LocalDate plannedOn, String location, String comment) {
        requireProposed();
        this.scheduledOn = plannedOn;
        this.location = location;
        this.decisionComment = comment;
        moveTo(RecordStatus.SCHEDULED);
    }

    void reject(String comment) {
        requireProposed();
        this.decisionComment = comment;
        moveTo(RecordStatus.REJECTED);
    }

    private void requireProposed() {
        if (getStatus() != RecordStatus.PROPOSED) {
            throw DomainException.conflict("status", "约谈建议已决定", "the interview is decided already");
        }
    }

    /** The written record was sent for filing (备案, §12) to the bodies named. */
    void file(String filedWith) {
        if (getStatus() != RecordStatus.HELD) {
            throw DomainException.conflict("status", "约谈尚未记录，不能备案", "the interview is not recorded yet");
        }
        this.filedWith = filedWith;
        this.filedAt = Instant.now();
    }

    void record(LocalDate heldOn, List<String> participants, String record, String filedWith) {
        if (getStatus() != RecordStatus.SCHEDULED) {
            throw DomainException.conflict("status", "约谈已记录", "the interview is recorded already");
        }
        this.heldOn = heldOn;
        this.participants.clear();
        this.participants.addAll(participants);
        this.record = record;
        this.filedWith = filedWith;
        moveTo(RecordStatus.HELD);
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

    String getDecisionComment() {
        return decisionComment;
    }

    Instant getFiledAt() {
        return filedAt;
    }

    List<String> getParticipants() {
        return participants;
    }
}
