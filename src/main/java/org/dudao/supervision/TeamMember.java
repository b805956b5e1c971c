package org.dudao.supervision;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An inspector on a case's team; exactly one leads the team. */
@Embeddable
class TeamMember {

    private Long inspectorId;
    @Column(name = "is_lead")
    private boolean lead;

    protected TeamMember() {
    }

    TeamMember(Long inspectorId, boolean lead) {
        this.inspectorId = inspectorId;
        this.lead = lead;
    }

    Long getInspectorId() {
        return inspectorId;
    }

    boolean isLead() {
        return lead;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMember other && Objects.equals(inspectorId, other.inspectorId) && lead == other.lead;
    }

    @Override
    public int hashCode() {
        return Objects.hash(inspectorId, lead);
    }

    @Override
    public String toString() {
        return (lead ? "lead:" : "member:") + inspectorId;
    }
}
