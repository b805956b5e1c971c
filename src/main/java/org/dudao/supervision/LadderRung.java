package org.dudao.supervision;

/** The escalation ladder (§9, §12–§14); a case remembers the highest rung it reached. */
public enum LadderRung {
    NONE("未升级"),
    URGING("督办通知"),
    INTERVIEW("约谈"),
    CIRCULAR("通报"),
    ACCOUNTABILITY("问责");

    private final String label;

    LadderRung(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
