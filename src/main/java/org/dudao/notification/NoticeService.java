package org.dudao.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.dudao.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The notification feature's front door. The process layer calls {@link #issue} inside the
 * transaction of its step: the notice, its deliveries (the outbox rows) and its document number are
 * written with the step or not at all, and the dispatcher sends them after the commit.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class NoticeService {

    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);
    private static final Set<DeliveryStatus> RETRYABLE = EnumSet.of(DeliveryStatus.FAILED, DeliveryStatus.RECORDED);

    private final Notices notices;
    private final NoticeDeliveries deliveries;
    private final NoticeEvents events;
    private final DocumentNumbers documentNumbers;
    private final NoticeRenderer renderer;
    private final PdfRenderer pdf;
    private final NotificationProperties properties;
    private final Clock clock = Clock.systemDefaultZone();

    NoticeService(Notices notices, NoticeDeliveries deliveries, NoticeEvents events, DocumentNumbers documentNumbers,
                  NoticeRenderer renderer, PdfRenderer pdf, NotificationProperties properties) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.events = events;
        this.documentNumbers = documentNumbers;
        this.renderer = renderer;
        this.pdf = pdf;
        this.properties = properties;
    }

    /**
     * Issues a notice in the caller's transaction (propagation REQUIRED: joins it, or opens one if there
     * is none) and returns its id. The same idempotency key again returns the stored notice and writes
     * nothing. Two transactions racing with one key: the database's unique key fails the later one, whose
     * caller (a Camunda job) rolls back and retries, and then finds the notice.
     *
     * @throws jakarta.validation.ConstraintViolationException if the command is incomplete
     * @throws DomainException 409 if the key was used for a notice of another kind
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long issue(@NotNull @Valid IssueNotice command) {
        Optional<Notice> existing = notices.findByIdempotencyKey(command.idempotencyKey());
        if (existing.isPresent()) {
            Notice notice = existing.get();
            if (notice.kind() != command.kind()) {
                throw DomainException.conflict("idempotencyKey",
                        "幂等键 " + command.idempotencyKey() + " 已用于另一类通知（" + notice.kind().label() + "）",
                        "Idempotency key " + command.idempotencyKey() + " is taken by a notice of kind " + notice.kind());
            }
            log.debug("Notice {} already issued for key {}", notice.id(), command.idempotencyKey());
            return notice.id();
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        // a formal notice is rendered with a stand-in and numbered at commit, so the sequence row stays locked briefly
        String placeholder = command.kind().formal() ? DocumentNumbers.placeholder() : null;
        Notice notice = new Notice(command, placeholder, renderer.render(command, placeholder, now.toLocalDate()), now);
        List<Recipient> recipients = distinctByAddress(command.recipients());
        String domain = messageIdDomain();
        recipients.forEach(recipient -> notice.addDelivery(recipient, domain, now));
        notices.save(notice);
        String issuedTo = "收件人 " + recipients.size() + " 人 / " + recipients.size() + " recipient(s)";
        if (placeholder == null) {
            events.save(new NoticeEvent(notice.id(), null, NoticeEventType.ISSUED, now, null, issuedTo));
        } else {
            documentNumbers.atCommit(properties.documentNumberPrefix(), now.getYear(), number -> {
                notice.number(placeholder, number);
                events.save(new NoticeEvent(notice.id(), null, NoticeEventType.ISSUED, now, null, number + "，" + issuedTo));
            });
        }
        log.info("Issued {} {} ({}) to {} recipient(s)", command.kind(), notice.id(), command.idempotencyKey(),
                recipients.size());
        return notice.id();
    }

    /** The notice issued under this idempotency key, if any. */
    public Optional<NoticeSummary> findByIdempotencyKey(String idempotencyKey) {
        return notices.findByIdempotencyKey(idempotencyKey).map(NoticeService::summary);
    }

    /** Every notice of a case, newest first. */
    public List<NoticeSummary> findByCase(long caseId) {
        return notices.findByCaseIdOrderByIssuedAtDescIdDesc(caseId).stream().map(NoticeService::summary).toList();
    }

    /**
     * Notices newest first, each filter optional; {@code status} selects notices with at least one
     * delivery in that state (e.g. FAILED: what staff must look at).
     */
    public List<NoticeSummary> search(Long caseId, NoticeKind kind, DeliveryStatus status, int limit) {
        if (limit < 1 || limit > 1000) {
            throw DomainException.invalid("limit", "条数须在 1 到 1000 之间", "limit must be between 1 and 1000");
        }
        return notices.search(caseId, kind, status, Limit.of(limit)).stream().map(NoticeService::summary).toList();
    }

    /** @throws DomainException 404 if there is no such notice */
    public NoticeDetails get(long id) {
        Notice notice = find(id);
        Map<Long, String> recipients = new HashMap<>();
        notice.deliveries().forEach(d -> recipients.put(d.id(), d.recipientName() + " <" + d.recipientEmail() + ">"));
        List<NoticeDetails.HistoryEntry> history = events.findByNoticeIdOrderByOccurredAtAscIdAsc(id).stream()
                .map(e -> new NoticeDetails.HistoryEntry(e.occurredAt(), e.event().name(), e.event().label(),
                        e.deliveryId(), e.deliveryId() == null ? null : recipients.get(e.deliveryId()), e.actor(),
                        e.detail()))
                .toList();
        return new NoticeDetails(summary(notice), notice.idempotencyKey(), notice.bodyText(), history);
    }

    /** The rendered HTML mail, as every recipient got it. */
    public String mailHtml(long id) {
        return find(id).bodyHtml();
    }

    /**
     * The formal document as PDF.
     *
     * @throws DomainException 404 if there is no such notice or it is not a formal document
     */
    public byte[] pdf(long id) {
        Notice notice = find(id);
        if (notice.documentHtml() == null) {
            throw DomainException.notFound("正式文书（该通知为" + notice.kind().label() + "，没有 PDF）",
                    "formal document (a " + notice.kind() + " has no PDF)", id);
        }
        return pdf.render(notice.documentHtml());
    }

    /** A file name for the PDF, e.g. 督办通知书（武督办〔2026〕12号）.pdf. */
    public String pdfFileName(long id) {
        Notice notice = find(id);
        return notice.kind().formal() ? NoticeMailer.attachmentName(notice.kind(), notice.documentNumber())
                : "notice-" + id + ".pdf";
    }

    /**
     * Staff send a notice again to every recipient whose copy FAILED (or was only RECORDED while no SMTP
     * server was configured): back to PENDING with a fresh count of attempts. Returns how many.
     *
     * @throws DomainException 404 for an unknown notice, 409 if no copy is in such a state
     */
    @Transactional
    public int retry(long id, String actor) {
        Notice notice = find(id);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        int count = 0;
        for (NoticeDelivery delivery : List.copyOf(notice.deliveries())) {
            if (RETRYABLE.contains(delivery.status())
                    && deliveries.requeue(delivery.id(), now, DeliveryStatus.PENDING, RETRYABLE) == 1) {
                events.save(new NoticeEvent(id, delivery.id(), NoticeEventType.RETRY_REQUESTED, now, actor,
                        "重新发送 / queued again"));
                count++;
            }
        }
        if (count == 0) {
            throw DomainException.conflict(null, "该通知没有发送失败（或仅记录）的收件人，无需重发",
                    "No copy of this notice has failed or was only recorded; nothing to retry");
        }
        return count;
    }

    /**
     * Staff settle a copy whose outcome is UNCERTAIN (its node stopped mid-send): after checking with
     * the recipient, either confirm it arrived, or send it again (same Message-ID).
     *
     * @throws DomainException 404 for an unknown notice or delivery, 409 if the copy is not UNCERTAIN
     */
    @Transactional
    public void resolveUncertain(long id, long deliveryId, boolean arrived, String actor) {
        Notice notice = find(id);
        NoticeDelivery delivery = notice.deliveries().stream().filter(d -> d.id() == deliveryId).findFirst()
                .orElseThrow(() -> DomainException.notFound("该通知的收件记录", "delivery of this notice", deliveryId));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        int changed = arrived
                ? deliveries.confirmSent(deliveryId, now, DeliveryStatus.SENT, DeliveryStatus.UNCERTAIN)
                : deliveries.requeue(deliveryId, now, DeliveryStatus.PENDING, EnumSet.of(DeliveryStatus.UNCERTAIN));
        if (changed == 0) {
            throw DomainException.conflict("deliveryId",
                    "该收件记录的状态为" + delivery.status().label() + "，不是“状态不明”",
                    "The delivery is " + delivery.status() + ", not UNCERTAIN");
        }
        events.save(new NoticeEvent(id, deliveryId,
                arrived ? NoticeEventType.CONFIRMED_SENT : NoticeEventType.RETRY_REQUESTED, now, actor,
                arrived ? "经核实已送达 / confirmed delivered" : "经核实未送达，重新发送 / not delivered, queued again"));
    }

    private Notice find(long id) {
        return notices.findById(id).orElseThrow(() -> DomainException.notFound("通知", "notice", id));
    }

    private String messageIdDomain() {
        String from = properties.from();
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "dudao.local" : from.substring(at + 1).replace(">", "").trim();
        return domain.isEmpty() ? "dudao.local" : domain;
    }

    /** One copy per address: a person named twice (say as contact and as leader) gets the notice once. */
    private static List<Recipient> distinctByAddress(List<Recipient> recipients) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            byAddress.putIfAbsent(recipient.email().trim().toLowerCase(Locale.ROOT), recipient);
        }
        return new ArrayList<>(byAddress.values());
    }

    static NoticeSummary summary(Notice notice) {
        List<NoticeSummary.Delivery> copies = notice.deliveries().stream()
                .map(d -> new NoticeSummary.Delivery(d.id(), d.recipientName(), d.recipientEmail(), d.recipientRole(),
                        d.recipientRole().label(), d.status(), d.status().label(), d.attempts(), d.nextAttemptAt(),
                        d.sentAt(), d.lastError()))
                .toList();
        NoticeStatus status = NoticeStatus.of(copies.stream().map(NoticeSummary.Delivery::status).toList());
        return new NoticeSummary(notice.id(), notice.kind(), notice.kind().label(), notice.documentNumber(),
                notice.caseId(), notice.caseTitle(), notice.unitId(), notice.unitName(), notice.taskId(),
                notice.subject(), notice.deadline(), notice.issuedAt(), status, status.label(),
                notice.documentHtml() != null, copies);
    }
}
