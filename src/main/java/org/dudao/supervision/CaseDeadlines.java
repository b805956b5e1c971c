package org.dudao.supervision;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Durations of the case process that no decision table holds: configuration ({@code dudao.deadlines.*}). */
@Component("caseDeadlines")
public class CaseDeadlines {

    private final String lookBackDelay;

    CaseDeadlines(@Value("${dudao.deadlines.look-back-delay:P90D}") String lookBackDelay) {
        this.lookBackDelay = checked(lookBackDelay.trim());
    }

    /** How long after rectification the look-back review (§10) is due, as an ISO-8601 duration. */
    public String lookBackDelay() {
        return lookBackDelay;
    }

    private static String checked(String iso) {
        try {
            if (iso.contains("T")) {
                Duration.parse(iso);
            } else {
                Period.parse(iso);
            }
            return iso;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dudao.deadlines.look-back-delay is not an ISO-8601 duration: " + iso, e);
        }
    }
}
