package org.dudao.supervision;

/** Where a case stands in its lifecycle. */
public enum CaseStatus {
    PLANNED("已计划"),
    PLAN_APPROVED("计划已批准"),
    NOTIFIED("已通知"),
    INSPECTING("实地督导中"),
    REPORTING("督导报告"),
    FEEDBACK("已反馈"),
    RECTIFYING("整改中"),
    REVIEWING("复查中"),
    COMMENDED("已表扬"),
    CLOSED("已办结");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
