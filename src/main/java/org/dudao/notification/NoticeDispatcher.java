package org.dudao.notification;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Per delivery: claim it (PENDING/RETRYING → SENDING, committed on its
 * own), hand it to the SMTP server outside any transaction, then record what happened (SENT,
 * RETRYING with backoff, FAILED, UNCERTAIN). Any number of nodes may run rounds at once: the claim is
 * a conditional UPDATE that only one of them wins. A SENDING row whose lease ran out was abandoned by
 * a node that died around the SMTP call; it becomes UNCERTAIN and is never resent automatically,
 * because the server may already have accepted it (docs/notifications.md).
 */
@Component
class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final Set<DeliveryStatus> CLAIMABLE = EnumSet.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING);
    private static final Set<DeliveryStatus> OWNED = EnumSet.of(DeliveryStatus.SENDING, DeliveryStatus.UNCERTAIN);
    private static final Duration FIRST_RECORD_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RECORD_RETRY = Duration.ofSeconds(10);

    /** A delivery this node owns until {@code until}, with everything needed to send it. */
    record Claim(NoticeMailer.Mail mail, int attempt, LocalDateTime until) {
    }

    private final NoticeDeliveries deliveries;
    private final NoticeEvents events;
    private final NoticeMailer mailer;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final String node;
    private final Clock clock = Clock.systemDefaultZone();

    @Autowired
    NoticeDispatcher(NoticeDeliveries deliveries, NoticeEvents events, NoticeMailer mailer,
                     NotificationProperties properties, PlatformTransactionManager transactionManager) {
        this(deliveries, events, mailer, properties, transactionManager, nodeName());
    }

    /** With an explicit node name: tests run two "nodes" in one JVM. */
    NoticeDispatcher(NoticeDeliveries deliveries, NoticeEvents events, NoticeMailer mailer,
                     NotificationProperties properties, PlatformTransactionManager transactionManager, String node) {
        this.deliveries = deliveries;
        this.events = events;
        this.mailer = mailer;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.node = node;
    }

    String node() {
        return node;
    }

    /**
     * One round: mark abandoned sends UNCERTAIN, then send (or, with no SMTP server, record) what is
     * due, at most one batch. Returns how many deliveries this node handled.
     */
    int dispatchOnce() {
        expireAbandoned();
        List<Long> due = transaction.execute(status ->
                deliveries.findDue(CLAIMABLE, now(), Limit.of(properties.dispatchBatch())));
        boolean smtp = mailer.configured();
        int handled = 0;
        for (Long id : due) {
            if (smtp) {
                Optional<Claim> claim = claim(id);
                if (claim.isPresent()) {
                    settleDespiteOutage(claim.get(), transmit(claim.get()));
                    handled++;
                }
            } else if (record(id)) {
                handled++;
            }
        }
        return handled;
    }

    /** Takes the delivery for this node (committed before anything is sent), or finds another node was first. */
    Optional<Claim> claim(long deliveryId) {
        return transaction.execute(status -> {
            LocalDateTime now = now();
            LocalDateTime until = now.plus(properties.claimLease());
            if (deliveries.claim(deliveryId, node, now, until, DeliveryStatus.SENDING, CLAIMABLE) == 0) {
                return Optional.<Claim>empty();
            }
            NoticeDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
            Notice notice = delivery.notice();
            events.save(new NoticeEvent(notice.id(), deliveryId, NoticeEventType.SENDING, now, node,
                    "第 " + delivery.attempts() + " 次发送 / attempt " + delivery.attempts()));
            NoticeMailer.Mail mail = new NoticeMailer.Mail(notice.id(), deliveryId, delivery.idempotencyKey(),
                    delivery.messageId(), delivery.recipientName(), delivery.recipientEmail(), notice.kind(),
                    notice.documentNumber(), notice.subject(), notice.bodyText(), notice.bodyHtml(),
                    notice.documentHtml());
            return Optional.of(new Claim(mail, delivery.attempts(), until));
        });
    }

    /** Hands the mail to the SMTP server; touches no database. */
    NoticeMailer.Outcome transmit(Claim claim) {
        return mailer.send(claim.mail());
    }

    /** Records what became of a claimed delivery. */
    void settle(Claim claim, NoticeMailer.Outcome outcome) {
        long id = claim.mail().deliveryId();
        long noticeId = claim.mail().noticeId();
        transaction.executeWithoutResult(status -> {
            LocalDateTime now = now();
            switch (outcome.result()) {
                case SENT -> {
                    if (deliveries.markSent(id, node, now, DeliveryStatus.SENT, OWNED) == 1) {
                        event(noticeId, id, NoticeEventType.SENT, now, null);
                    } else {
                        log.warn("Delivery {} was sent but is no longer owned by {}; its state stays as is", id, node);
                    }
                }
                case NOT_SENT -> {
                    if (claim.attempt() >= properties.retry().maxAttempts()) {
                        release(id, noticeId, now, DeliveryStatus.FAILED, null, NoticeEventType.FAILED,
                                "第 " + claim.attempt() + " 次仍失败，不再自动重试 / gave up after attempt "
                                        + claim.attempt() + ": " + outcome.error(), outcome.error());
                    } else {
                        LocalDateTime next = now.plus(properties.retry().backoffAfter(claim.attempt()));
                        release(id, noticeId, now, DeliveryStatus.RETRYING, next, NoticeEventType.RETRYING,
                                "下次尝试 / next attempt " + next + ": " + outcome.error(), outcome.error());
                    }
                }
                case REFUSED -> release(id, noticeId, now, DeliveryStatus.FAILED, null, NoticeEventType.FAILED,
                        "邮件服务器拒收 / refused by the server: " + outcome.error(), outcome.error());
                case UNKNOWN -> release(id, noticeId, now, DeliveryStatus.UNCERTAIN, null, NoticeEventType.UNCERTAIN,
                        "发送结果不明，可能已送达，不自动重发 / outcome unknown, possibly delivered, not resent: "
                                + outcome.error(), outcome.error());
            }
        });
        if (outcome.result() != NoticeMailer.Result.SENT) {
            log.warn("Delivery {} of notice {} to {}: {} ({})", id, noticeId, claim.mail().toEmail(), outcome.result(),
                    outcome.error());
        }
    }

    /**
     * Records the outcome, retrying while the database is unreachable (a restart, a failover) until the
     * claim's lease runs out. Only this node knows what the SMTP server answered: giving up at the first
     * failure would leave a copy that was sent to turn UNCERTAIN and wait for staff. Retrying is harmless,
     * because recording is conditional on this node's claim.
     */
    void settleDespiteOutage(Claim claim, NoticeMailer.Outcome outcome) {
        Duration pause = FIRST_RECORD_RETRY;
        while (true) {
            try {
                settle(claim, outcome);
                return;
            } catch (DataAccessException | TransactionException e) {
                if (!now().plus(pause).isBefore(claim.until())) {
                    throw e;
                }
                log.warn("Could not record delivery {} as {} ({}); trying again in {}", claim.mail().deliveryId(),
                        outcome.result(), e.getMessage(), pause);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                Duration doubled = pause.multipliedBy(2);
                pause = doubled.compareTo(LAST_RECORD_RETRY) > 0 ? LAST_RECORD_RETRY : doubled;
            }
        }
    }

    private void release(long id, long noticeId, LocalDateTime now, DeliveryStatus to, LocalDateTime next,
                         NoticeEventType event, String detail, String error) {
        if (deliveries.release(id, node, now, to, next, error, DeliveryStatus.SENDING) == 1) {
            event(noticeId, id, event, now, detail);
        }
    }

    /** SENDING rows whose lease ran out: their node died between claiming and recording the result. */
    void expireAbandoned() {
        transaction.executeWithoutResult(status -> {
            LocalDateTime now = now();
            for (Long id : deliveries.findExpiredClaims(DeliveryStatus.SENDING, now)) {
                String error = "发送节点在发送过程中中断（租约到期），可能已送达，不自动重发"
                        + " / the sending node stopped mid-send (lease expired); possibly delivered, not resent";
                if (deliveries.expire(id, now, error, DeliveryStatus.SENDING, DeliveryStatus.UNCERTAIN) == 1) {
                    NoticeDelivery delivery = deliveries.findById(id).orElseThrow();
                    event(delivery.notice().id(), id, NoticeEventType.UNCERTAIN, now,
                            error + " (" + delivery.claimedBy() + ")");
                    log.warn("Delivery {} to {} was abandoned while sending by {}; marked UNCERTAIN for staff",
                            id, delivery.recipientEmail(), delivery.claimedBy());
                }
            }
        });
    }

    /** No SMTP server: the due delivery is kept as a record, shown on the outbox page. */
    private boolean record(long id) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            LocalDateTime now = now();
            if (deliveries.record(id, now, DeliveryStatus.RECORDED, CLAIMABLE) == 0) {
                return false;
            }
            NoticeDelivery delivery = deliveries.findById(id).orElseThrow();
            event(delivery.notice().id(), id, NoticeEventType.RECORDED, now,
                    "未配置邮件服务器（spring.mail.host），仅记录 / no SMTP server configured, recorded only");
            return true;
        }));
    }

    private void event(long noticeId, long deliveryId, NoticeEventType type, LocalDateTime at, String detail) {
        events.save(new NoticeEvent(noticeId, deliveryId, type, at, node, detail));
    }

    /** Whole seconds: MySQL is sent no fractions (sendFractionalSeconds=false), so both databases compare alike. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
