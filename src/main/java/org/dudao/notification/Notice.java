package org.dudao.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/** A notice as issued: the rendered document, frozen at issue time, and its deliveries. */
@Entity
@Table(name = "notice")
class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_title", updatable = false)
    private String caseTitle;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(name = "unit_name", updatable = false)
    private String unitName;

    @Column(name = "task_id", updatable = false)
    private String taskId;

    @Column(updatable = false)
    private LocalDate deadline;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_html", nullable = false, columnDefinition = "mediumtext")
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, columnDefinition = "mediumtext")
    private String bodyText;

    @Column(name = "document_html", columnDefinition = "mediumtext")
    private String documentHtml;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<NoticeDelivery> deliveries = new ArrayList<>();

    protected Notice() {
    }

    Notice(IssueNotice command, String documentNumber, NoticeRenderer.Rendered rendered, LocalDateTime issuedAt) {
        this.idempotencyKey = command.idempotencyKey();
        this.kind = command.kind();
        this.caseId = command.caseId();
        this.caseTitle = command.caseTitle();
        this.unitId = command.unitId();
        this.unitName = command.unitName();
        this.taskId = command.taskId();
        this.deadline = command.deadline();
        this.documentNumber = documentNumber;
        this.subject = rendered.subject();
        this.bodyHtml = rendered.html();
        this.bodyText = rendered.text();
        this.documentHtml = rendered.documentHtml();
        this.issuedAt = issuedAt;
    }

    /** Puts the document number, drawn at commit, where the texts were rendered with {@code placeholder}. */
    void number(String placeholder, String number) {
        this.documentNumber = number;
        this.subject = subject.replace(placeholder, number);
        this.bodyHtml = bodyHtml.replace(placeholder, number);
        this.bodyText = bodyText.replace(placeholder, number);
        this.documentHtml = documentHtml == null ? null : documentHtml.replace(placeholder, number);
    }

    NoticeDelivery addDelivery(Recipient recipient, String messageIdDomain, LocalDateTime now) {
        NoticeDelivery delivery = new NoticeDelivery(this, recipient, messageIdDomain, now);
        deliveries.add(delivery);
        return delivery;
    }

    Long id() {
        return id;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    NoticeKind kind() {
        return kind;
    }

    Long caseId() {
        return caseId;
    }

    String caseTitle() {
        return caseTitle;
    }

    Long unitId() {
        return unitId;
    }

    String unitName() {
        return unitName;
    }

    String taskId() {
        return taskId;
    }

    LocalDate deadline() {
        return deadline;
    }

    String documentNumber() {
        return documentNumber;
    }

    String subject() {
        return subject;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String bodyText() {
        return bodyText;
    }

    String documentHtml() {
        return documentHtml;
    }

    LocalDateTime issuedAt() {
        return issuedAt;
    }

    List<NoticeDelivery> deliveries() {
        return deliveries;
    }
}
