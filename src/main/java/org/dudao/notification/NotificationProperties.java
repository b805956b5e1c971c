package org.dudao.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dudao.notification.*}: sender, document numbers, the dispatcher's pace, the retry
 * schedule and the daily digest. The SMTP server itself is Spring's {@code spring.mail.*}; without
 * {@code spring.mail.host} nothing is sent and every delivery is kept as a record only.
 *
 * @param from                 the From address of every mail
 * @param issuer               who issues the notices (full name, e.g. 武胜县人民政府教育督导委员会办公室)
 * @param documentNumberPrefix prefix of document numbers, e.g. 武督办 → 武督办〔2026〕12号
 * @param caseLink             path of a case page with {@code {caseId}} in it, linked when a notice names a case
 *                             but no task; empty: such mails link to the Tasklist
 * @param dispatchEnabled      run the dispatcher on a schedule (tests switch it off and call it themselves)
 * @param dispatchInterval     pause between two dispatcher rounds
 * @param dispatchBatch        deliveries one round takes at most
 * @param claimLease           how long a node owns a delivery it is sending; a row still SENDING after that
 *                             was abandoned mid-send and becomes UNCERTAIN
 */
@ConfigurationProperties("dudao.notification")
record NotificationProperties(
        @DefaultValue("督导办 <noreply@dudao.local>") String from,
        @DefaultValue("县人民政府教育督导委员会办公室") String issuer,
        @DefaultValue("督办") String documentNumberPrefix,
        @DefaultValue("") String caseLink,
        @DefaultValue("true") boolean dispatchEnabled,
        @DefaultValue("PT5S") Duration dispatchInterval,
        @DefaultValue("50") int dispatchBatch,
        @DefaultValue("PT5M") Duration claimLease,
        @DefaultValue Retry retry,
        @DefaultValue Digest digest) {

    /**
     * Exponential backoff: after the n-th failed attempt the next waits {@code initialBackoff × 2^(n-1)},
     * at most {@code maxBackoff}; when attempt number {@code maxAttempts} fails the delivery is FAILED.
     */
    record Retry(
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("PT30S") Duration initialBackoff,
            @DefaultValue("PT30M") Duration maxBackoff) {

        Duration backoffAfter(int failedAttempts) {
            Duration delay = initialBackoff;
            for (int i = 1; i < failedAttempts && delay.compareTo(maxBackoff) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
        }
    }

    /**
     * @param cron       when the daily digest goes out; "-" (default) switches it off
     * @param recipients the office staff who receive it
     */
    record Digest(
            @DefaultValue("-") String cron,
            @DefaultValue List<Recipient> recipients) {
    }
}
