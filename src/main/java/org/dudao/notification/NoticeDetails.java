package org.dudao.notification;

import java.time.LocalDateTime;
import java.util.List;

/** A notice with its rendered text and its full status history. */
public record NoticeDetails(NoticeSummary notice, String idempotencyKey, String bodyText, List<HistoryEntry> history) {

    /** One step in the history: issued, sending, sent, retrying, failed, … per recipient where it applies. */
    public record HistoryEntry(LocalDateTime at, String event, String eventLabel, Long deliveryId, String recipient,
                               String actor, String detail) {
    }
}
