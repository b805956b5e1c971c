package org.dudao.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (synchronously, inside the transaction) when a look-back review finds rectified
 * findings relapsed: their rectifications reopen with the new deadlines.
 */
public record FindingsRelapsed(long caseId, List<Long> findingIds, LocalDate planDue, LocalDate reportDue,
                               String reason) {
}
