package org.dudao.rectification;

import java.util.List;

import org.dudao.notification.IssueNotice;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.NoticeService;
import org.dudao.notification.Recipient;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.workflow.NoticeRecipients;
import org.springframework.stereotype.Component;

/**
 * Notices about one finding (reminders, urging notices, verification results and the ladder's documents):
 * case, unit and the finding filled in; the caller adds the rest and names the recipients.
 */
@Component
public class FindingNotices {

    private final NoticeService notices;
    private final NoticeRecipients recipients;

    FindingNotices(NoticeService notices, NoticeRecipients recipients) {
        this.notices = notices;
        this.recipients = recipients;
    }

    /** A notice about the finding; its idempotency key must name the business event deterministically. */
    public IssueNotice.Builder about(Finding f, NoticeKind kind, String key) {
        String requirement = f.rectification().map(RectificationService.RectificationView::requirement)
                .orElse(f.finding().requirement());
        return IssueNotice.builder(kind, key)
                .forCase(f.kase().id(), f.kase().title())
                .unit(f.unit().id(), f.unit().name())
                .finding(clip(f.line() + (requirement == null ? "" : "。整改要求：" + requirement), 1000));
    }

    public long issue(IssueNotice.Builder notice, List<Recipient> to, String about) {
        return notices.issue(notice.recipients(NoticeRecipients.require(to, about)).build());
    }

    /** Text cut to what a notice holds. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public NoticeRecipients recipients() {
        return recipients;
    }
}
