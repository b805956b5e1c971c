package org.dudao.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dudao.audit.CaseLinked;

/** One problem found in an inspection, item by item (§4, §8), concerning one of the case's units. */
@Entity
@Table(name = "finding")
class Finding implements CaseLinked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private Long version;
    private Long caseId;
    private Long unitId;
    private int itemNo;
    @Enumerated(EnumType.STRING)
    private FindingCategory category;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    @Column(columnDefinition = "text")
    private String description;
    private String basis;
    @Enumerated(EnumType.STRING)
    private FindingStatus status;
    private Instant recordedAt;
    private String recordedBy;
    @Column(columnDefinition = "text")
    private String requirement;
    private LocalDate rectifyBy;

    protected Finding() {
    }

    Finding(Long caseId, Long unitId, int itemNo, FindingCategory category, Severity severity, String description,
            String basis, String recordedBy) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.itemNo = itemNo;
        this.category = category;
        this.severity = severity;
        this.description = description;
        this.basis = basis;
        this.status = FindingStatus.OPEN;
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    void revise(FindingCategory category, Severity severity, String description, String basis) {
        this.category = category;
        this.severity = severity;
        this.description = description;
        this.basis = basis;
    }

    /** The feedback's rectification requirement for this finding (§8) and, if given, its deadline. */
    void requireRectification(String requirement, LocalDate rectifyBy) {
        this.requirement = requirement;
        this.rectifyBy = rectifyBy;
    }

    void resolve() {
        this.status = FindingStatus.RESOLVED;
    }

    void relapse() {
        this.status = FindingStatus.RELAPSED;
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

    int getItemNo() {
        return itemNo;
    }

    FindingCategory getCategory() {
        return category;
    }

    Severity getSeverity() {
        return severity;
    }

    String getDescription() {
        return description;
    }

    String getBasis() {
        return basis;
    }

    FindingStatus getStatus() {
        return status;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    String getRequirement() {
        return requirement;
    }

    LocalDate getRectifyBy() {
        return rectifyBy;
    }
}
