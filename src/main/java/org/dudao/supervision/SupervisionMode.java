package org.dudao.supervision;

/** How a case is run (§2, §6). */
public enum SupervisionMode {
    COMPREHENSIVE("综合督导"),
    SPECIAL("专项督导"),
    ROUTINE("常规督导"),
    RANDOM("随机督导"),
    REVIEW("回头看"),
    EMERGENCY("突发事件督导");

    private final String label;

    SupervisionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
