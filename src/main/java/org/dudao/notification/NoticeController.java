package org.dudao.notification;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/notices}: the notices as records, their PDF and mail, and the staff's retry of failed
 * copies (office role once security assigns roles; for now any logged-in user).
 */
@RestController
@RequestMapping("/api/notices")
class NoticeController {

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    /** How staff settle an UNCERTAIN copy. */
    enum Outcome { ARRIVED, RESEND }

    record Resolution(@NotNull Outcome outcome) {
    }

    @GetMapping
    List<NoticeSummary> list(@RequestParam(required = false) Long caseId,
                             @RequestParam(required = false) NoticeKind kind,
                             @RequestParam(required = false) DeliveryStatus status,
                             @RequestParam(defaultValue = "200") int limit) {
        return notices.search(caseId, kind, status, limit);
    }

    @GetMapping("/{id}")
    NoticeDetails get(@PathVariable long id) {
        return notices.get(id);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] document = notices.pdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(notices.pdfFileName(id), StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    @GetMapping(value = "/{id}/mail", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> mail(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                // the stored mail is our own rendering with escaped values; still, no scripts on this page
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'")
                .body(notices.mailHtml(id));
    }

    @PostMapping("/{id}/retry")
    Map<String, Integer> retry(@PathVariable long id, Principal user) {
        return Map.of("requeued", notices.retry(id, actor(user)));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/resolve")
    NoticeDetails resolve(@PathVariable long id, @PathVariable long deliveryId,
                          @RequestBody @jakarta.validation.Valid Resolution resolution, Principal user) {
        notices.resolveUncertain(id, deliveryId, resolution.outcome() == Outcome.ARRIVED, actor(user));
        return notices.get(id);
    }

    private static String actor(Principal user) {
        return user == null ? null : user.getName();
    }
}
