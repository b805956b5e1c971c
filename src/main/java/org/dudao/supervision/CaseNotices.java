package org.dudao.supervision;

import java.util.List;
import java.util.function.BiConsumer;

import org.dudao.notification.IssueNotice;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.NoticeService;
import org.dudao.notification.Recipient;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.TargetView;
import org.dudao.workflow.NoticeRecipients;
import org.springframework.stereotype.Component;

/**
 * Notices about a case, one per target unit, each to the unit and its supervising department (plus any
 * copies). Keys are {@code <key>:unit-<id>}: deterministic, so a job that runs again issues nothing new.
 */
@Component
class CaseNotices {

    private final NoticeService notices;
    private final NoticeRecipients recipients;

    CaseNotices(NoticeService notices, NoticeRecipients recipients) {
        this.notices = notices;
        this.recipients = recipients;
    }

    void perUnit(CaseView c, List<TargetView> units, NoticeKind kind, String key, List<Recipient> copies,
                 BiConsumer<TargetView, IssueNotice.Builder> details) {
        for (TargetView unit : units) {
            IssueNotice.Builder notice = IssueNotice.builder(kind, key + ":unit-" + unit.unitId())
                    .forCase(c.id(), c.title())
                    .unit(unit.unitId(), unit.name());
            details.accept(unit, notice);
            notice.recipients(NoticeRecipients.require(
                    NoticeRecipients.merge(recipients.unitAndSupervisor(unit.unitId()), copies), unit.name()));
            notices.issue(notice.build());
        }
    }

    /** Text cut to what a notice holds (findings 1000 characters each, the message 4000). */
    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    NoticeRecipients recipients() {
        return recipients;
    }

    NoticeService notices() {
        return notices;
    }
}
