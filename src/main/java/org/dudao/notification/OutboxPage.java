package org.dudao.notification;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox page: every notice, with kind, unit, recipients, subject, deadline and each copy's state,
 * and links to the rendered mail and the PDF. Without an SMTP server it is where the mails can be read.
 * Under {@code /api} for now, so it takes the same login as the API.
 */
@Hidden
@Controller
class OutboxPage {

    private final NoticeService notices;
    private final NoticeMailer mailer;
    private final String county;

    OutboxPage(NoticeService notices, NoticeMailer mailer, @Value("${dudao.county}") String county) {
        this.notices = notices;
        this.mailer = mailer;
        this.county = county;
    }

    @GetMapping("/api/outbox")
    String outbox(@RequestParam(required = false) DeliveryStatus status,
                  @RequestParam(required = false) NoticeKind kind, Model model) {
        model.addAttribute("county", county);
        model.addAttribute("smtp", mailer.configured());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("notices", notices.search(null, kind, status, 500));
        return "notification/outbox";
    }
}
