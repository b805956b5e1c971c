package org.dudao.supervision;

/** How serious a finding is. */
public enum Severity {
    MINOR("一般"),
    MODERATE("较重"),
    SERIOUS("严重"),
    CRITICAL("特别严重");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
