package org.dudao.escalation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dudao.shared.DomainException;

/**
 * The engine-facing names of the ladder's processes {@code interview}, {@code circular} and
 * {@code accountability} (processes/*.bpmn, docs/processes.md §6–§8), and the code names their forms use.
 */
public final class EscalationProcesses {

    public static final String INTERVIEW = "interview";
    public static final String CIRCULAR = "circular";
    public static final String ACCOUNTABILITY = "accountability";

    public static final String CASE_ID = "caseId";
    public static final String FINDING_ID = "findingId";
    public static final String INTERVIEW_ID = "interviewId";
    public static final String CIRCULAR_ID = "circularId";
    public static final String ACCOUNTABILITY_ID = "accountabilityId";
    public static final String LICENCE_REVOCATION_PROPOSED = "licenceRevocationProposed";

    public static final String INTERVIEW_DECISION = "interviewDecision";
    public static final String CIRCULAR_DECISION = "circularDecision";
    public static final String ACCOUNTABILITY_DECISION = "accountabilityDecision";
    public static final String REFERRAL = "referral";

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String RETURNED = "RETURNED";
    public static final String DROPPED = "DROPPED";

    /** Circular recipients: form code → the name kept on the record. */
    static final Map<String, String> CIRCULAR_RECIPIENTS = Map.of(
            "COUNTY_PARTY_AND_GOVERNMENT", "县委县政府",
            "EDUCATION_BUREAU_PARTY_COMMITTEE", "县教科体局党委");
    static final List<String> CIRCULAR_RECIPIENT_ORDER = List.of("COUNTY_PARTY_AND_GOVERNMENT", "EDUCATION_BUREAU_PARTY_COMMITTEE");

    private EscalationProcesses() {
    }

    /** A measure from form-propose-accountability; the domain's own names are accepted too. */
    static AccountabilityMeasure measure(String code) {
        String name = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "ORGANIZATIONAL" -> AccountabilityMeasure.ORGANIZATIONAL_ADJUSTMENT;
            case "DISCIPLINARY" -> AccountabilityMeasure.DISCIPLINARY_SANCTION;
            case "REPLACE_HEAD" -> AccountabilityMeasure.REPLACE_PRINCIPAL;
            default -> {
                try {
                    yield AccountabilityMeasure.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid("accountabilityMeasure", "问责措施无效：" + code, "unknown measure: " + code);
                }
            }
        };
    }

    /** The form's code of a measure; null for measures the form does not offer. */
    static String measureCode(AccountabilityMeasure measure) {
        if (measure == null) {
            return null;
        }
        return switch (measure) {
            case ORGANIZATIONAL_ADJUSTMENT -> "ORGANIZATIONAL";
            case DISCIPLINARY_SANCTION -> "DISCIPLINARY";
            case REPLACE_PRINCIPAL -> "REPLACE_HEAD";
            case CRITICISM, CIRCULATED_CRITICISM, ADMONISHMENT -> measure.name();
            default -> null;
        };
    }

    static Referral referral(String code) {
        String name = code == null ? "NONE" : code.trim().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "NONE", "" -> Referral.NONE;
            case "DISCIPLINE_INSPECTION" -> Referral.DISCIPLINE_INSPECTION;
            case "PUBLIC_SECURITY", "POLICE" -> Referral.POLICE;
            default -> throw DomainException.invalid("referral", "移送去向无效：" + code, "unknown referral: " + code);
        };
    }

    static String referralCode(Referral referral) {
        return referral == Referral.POLICE ? "PUBLIC_SECURITY" : referral.name();
    }
}
