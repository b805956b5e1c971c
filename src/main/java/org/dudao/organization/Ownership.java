package org.dudao.organization;

import java.util.Arrays;
import java.util.Optional;

/** Public (公办) or private (民办); a private school holds a licence (办学许可证, §14). */
public enum Ownership {
    PUBLIC("公办"),
    PRIVATE("民办");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Ownership> parse(String text) {
        return Arrays.stream(values())
                .filter(o -> o.name().equalsIgnoreCase(text.trim()) || o.label.equals(text.trim()))
                .findFirst();
    }
}
