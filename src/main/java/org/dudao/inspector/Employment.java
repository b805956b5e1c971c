package org.dudao.inspector;

import java.util.Arrays;
import java.util.Optional;

/** Full-time (专职) or part-time (兼职); a part-time term is 3 years, at most 3 in a row (§15). */
public enum Employment {
    FULL_TIME("专职"),
    PART_TIME("兼职");

    private final String label;

    Employment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Employment> parse(String text) {
        return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(text.trim()) || e.label.equals(text.trim()))
                .findFirst();
    }
}
