package org.dudao.supervision;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A unit a case supervises; exactly one of a case's targets is the lead unit (牵头单位). */
@Embeddable
class CaseTarget {

    private Long unitId;
    @Column(name = "is_lead")
    private boolean lead;

    protected CaseTarget() {
    }

    CaseTarget(Long unitId, boolean lead) {
        this.unitId = unitId;
        this.lead = lead;
    }

    Long getUnitId() {
        return unitId;
    }

    boolean isLead() {
        return lead;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseTarget other && Objects.equals(unitId, other.unitId) && lead == other.lead;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, lead);
    }

    @Override
    public String toString() {
        return (lead ? "lead:" : "co:") + unitId;
    }
}
