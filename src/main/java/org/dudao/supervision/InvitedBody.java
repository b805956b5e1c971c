package org.dudao.supervision;

/** Bodies invited to the feedback of a major matter (§8) and to interviews (§12). */
public enum InvitedBody {
    DISCIPLINE_COMMISSION("县纪委监委"),
    ORGANIZATION_DEPARTMENT("县委组织部"),
    PERFORMANCE_OFFICE("县委绩效办");

    private final String label;

    InvitedBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
