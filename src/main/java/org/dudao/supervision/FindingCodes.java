package org.dudao.supervision;

import java.util.Locale;

import org.dudao.shared.DomainException;

/**
 * The code names the models and forms use for findings (docs/processes.md §2) and the domain's enums.
 * The forms offer three severities (一般/较重/严重) where the domain has four; 特别严重 counts as severe.
 */
public final class FindingCodes {

    private FindingCodes() {
    }

    /** The severity as the decision tables know it: {@code GENERAL}, {@code SERIOUS} or {@code SEVERE}. */
    public static String severityCode(Severity severity) {
        return switch (severity) {
            case MINOR -> "GENERAL";
            case MODERATE -> "SERIOUS";
            case SERIOUS, CRITICAL -> "SEVERE";
        };
    }

    /** A severity from a form ({@code GENERAL}/{@code SERIOUS}/{@code SEVERE}). */
    public static Severity severity(String code) {
        return switch (upper(code, "severity")) {
            case "GENERAL", "MINOR" -> Severity.MINOR;
            case "SERIOUS", "MODERATE" -> Severity.MODERATE;
            case "SEVERE" -> Severity.SERIOUS;
            case "CRITICAL" -> Severity.CRITICAL;
            default -> throw DomainException.invalid("severity", "严重程度无效：" + code, "unknown severity: " + code);
        };
    }

    /** A category from a form; {@code RESOURCES} is the domain's resource allocation, the rest match by name. */
    public static FindingCategory category(String code) {
        String name = upper(code, "category");
        if (name.equals("RESOURCES")) {
            return FindingCategory.RESOURCE_ALLOCATION;
        }
        try {
            return FindingCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("category", "问题类别无效：" + code, "unknown category: " + code);
        }
    }

    private static String upper(String code, String field) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(field, "必须选择", "is required");
        }
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
