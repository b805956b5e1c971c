package org.dudao.escalation;

/** Where a case is handed on (§14): discipline inspection for violations, the police for suspected crimes. */
public enum Referral {
    NONE("不移交"),
    DISCIPLINE_INSPECTION("移交纪检监察部门"),
    POLICE("移交公安部门");

    private final String label;

    Referral(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
