package org.dudao.escalation;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.dudao.audit.CaseLinked;

/**
 * What every rung's record above the urging notice shares — an interview (约谈), a circular (通报),
 * an accountability decision (问责): the case and unit it concerns, the finding that climbed the
 * ladder, where it stands, and who opened it. Each rung keeps its own table and states.
 */
@MappedSuperclass
abstract class LadderRecord implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private Long caseId;
    private Long unitId;
    private Long findingId;
    @Enumerated(EnumType.STRING)
    private RecordStatus status;
    private Instant createdAt;
    private String createdBy;

    protected LadderRecord() {
    }

    LadderRecord(Long caseId, Long unitId, RecordStatus status, String createdBy) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.status = status;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    /** The finding whose escalation opened this record. */
    void concern(Long findingId) {
        this.findingId = findingId;
    }

    void moveTo(RecordStatus status) {
        this.status = status;
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

    Long getFindingId() {
        return findingId;
    }

    RecordStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
