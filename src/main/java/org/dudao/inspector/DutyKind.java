package org.dudao.inspector;

import java.util.Arrays;
import java.util.Optional;

/** What an inspector supervises: government duty (督政, §3) or schools (督学, §4; also evaluation and monitoring). */
public enum DutyKind {
    GOVERNMENT("督政"),
    SCHOOL("督学");

    private final String label;

    DutyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DutyKind> parse(String text) {
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(text.trim()) || d.label.equals(text.trim()))
                .findFirst();
    }
}
