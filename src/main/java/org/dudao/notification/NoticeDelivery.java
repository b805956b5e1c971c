package org.dudao.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One recipient's copy of a notice: a row of the transactional outbox. Its state changes only
 * through the conditional updates in {@link NoticeDeliveries}, so two nodes never both own it.
 */
@Entity
@Table(name = "notice_delivery")
class NoticeDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private Notice notice;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "recipient_name", nullable = false, updatable = false)
    private String recipientName;

    @Column(name = "recipient_email", nullable = false, updatable = false)
    private String recipientEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false, updatable = false)
    private RecipientRole recipientRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claim_until")
    private LocalDateTime claimUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected NoticeDelivery() {
    }

    NoticeDelivery(Notice notice, Recipient recipient, String messageIdDomain, LocalDateTime now) {
        this.notice = notice;
        this.recipientName = recipient.name();
        this.recipientEmail = recipient.email().trim();
        this.recipientRole = recipient.role();
        this.idempotencyKey = keyOf(notice.idempotencyKey(), recipientEmail);
        this.messageId = messageIdOf(idempotencyKey, messageIdDomain);
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.updatedAt = now;
    }

    /** The delivery's idempotency key: the notice's key and the address, so a notice reaches an address once. */
    static String keyOf(String noticeKey, String email) {
        return noticeKey + ":" + email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A Message-ID derived from the idempotency key alone: every copy ever sent for this delivery,
     * including one a member of staff resends, carries the same id, so mail clients can fold them.
     */
    static String messageIdOf(String deliveryKey, String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(deliveryKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 20) + ".notice@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Long id() {
        return id;
    }

    Notice notice() {
        return notice;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    String messageId() {
        return messageId;
    }

    String recipientName() {
        return recipientName;
    }

    String recipientEmail() {
        return recipientEmail;
    }

    RecipientRole recipientRole() {
        return recipientRole;
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    String claimedBy() {
        return claimedBy;
    }

    LocalDateTime claimUntil() {
        return claimUntil;
    }

    String lastError() {
        return lastError;
    }

    LocalDateTime sentAt() {
        return sentAt;
    }
}
