package org.dudao.rectification;

/** Where a finding's rectification stands (§9): plan due, report due, being verified, accepted. */
public enum RectificationStage {
    PLAN("待提交整改方案"),
    REPORT("待提交整改报告"),
    VERIFICATION("待核查"),
    ACCEPTED("整改通过");

    private final String label;

    RectificationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
