package org.dudao.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A notice as lists and the process layer see it: what, about whom, to whom, and how far it got. */
public record NoticeSummary(
        long id,
        NoticeKind kind,
        String kindLabel,
        String documentNumber,
        Long caseId,
        String caseTitle,
        Long unitId,
        String unitName,
        String taskId,
        String subject,
        LocalDate deadline,
        LocalDateTime issuedAt,
        NoticeStatus status,
        String statusLabel,
        boolean hasPdf,
        List<Delivery> deliveries) {

    /** One recipient's copy. */
    public record Delivery(
            long id,
            String name,
            String email,
            RecipientRole role,
            String roleLabel,
            DeliveryStatus status,
            String statusLabel,
            int attempts,
            LocalDateTime nextAttemptAt,
            LocalDateTime sentAt,
            String lastError) {
    }
}
