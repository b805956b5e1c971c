package org.dudao.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the case needs to know about its rectifications, implemented by the rectification feature
 * (which depends on this one, not the other way round).
 */
public interface CaseRectifications {

    /** Ids of cases with at least one open rectification past its current deadline on {@code today}. */
    Set<Long> overdueCaseIds(LocalDate today);

    /** Whether this case has an open rectification past its current deadline on {@code today}. */
    boolean isOverdue(long caseId, LocalDate today);

    /** How many rectifications of the case are not yet accepted. */
    long openCount(long caseId);
}
