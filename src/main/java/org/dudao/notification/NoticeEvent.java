package org.dudao.notification;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a notice's status history; never changed once written. */
@Entity
@Table(name = "notice_event")
class NoticeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    private Long noticeId;

    @Column(name = "delivery_id", updatable = false)
    private Long deliveryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeEventType event;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String detail;

    protected NoticeEvent() {
    }

    NoticeEvent(Long noticeId, Long deliveryId, NoticeEventType event, LocalDateTime occurredAt, String actor,
                String detail) {
        this.noticeId = noticeId;
        this.deliveryId = deliveryId;
        this.event = event;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    Long noticeId() {
        return noticeId;
    }

    Long deliveryId() {
        return deliveryId;
    }

    NoticeEventType event() {
        return event;
    }

    LocalDateTime occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    String detail() {
        return detail;
    }
}
