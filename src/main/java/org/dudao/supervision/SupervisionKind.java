package org.dudao.supervision;

/** What a case supervises: government duty (督政, §3), schools (督学, §4), evaluation and monitoring (评估监测, §5). */
public enum SupervisionKind {
    GOVERNMENT("督政"),
    SCHOOL("督学"),
    MONITORING("评估监测");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
