package org.dudao.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.Recipient;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.supervision.SupervisionCaseService.TargetView;
import org.dudao.workflow.Ids;
import org.dudao.workflow.NoticeRecipients;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendFeedbackNotice} (§8): the 督导反馈意见书 to each unit with findings — item by item, with
 * requirement and deadline as the feedback set them — copied to its supervising department and, for a major
 * matter, to the invited bodies.
 */
@Component
class SendFeedbackNoticeDelegate implements JavaDelegate {

    private final SupervisionCaseService cases;
    private final CaseNotices notices;

    SendFeedbackNoticeDelegate(SupervisionCaseService cases, CaseNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = Ids.of(execution, CaseProcess.CASE_ID);
        CaseView c = cases.get(caseId);
        List<FindingView> findings = cases.findings(caseId).stream().filter(f -> f.status() != FindingStatus.RESOLVED).toList();
        List<TargetView> concerned = c.targets().stream()
                .filter(t -> findings.stream().anyMatch(f -> f.unitId().equals(t.unitId()))).toList();
        NoticeRecipients recipients = notices.recipients();
        List<Recipient> copies = c.majorMatter() ? NoticeRecipients.merge(recipients.disciplineCommission(),
                recipients.organizationDepartment(), recipients.performanceOffice()) : List.of();
        String form = c.feedback() == null ? "" : "反馈方式：" + c.feedback().form().label() + "（" + c.feedback().on() + "）。";
        notices.perUnit(c, concerned, NoticeKind.FEEDBACK_NOTICE, "feedback-notice:case-" + caseId, copies, (unit, notice) -> {
            List<FindingView> own = findings.stream().filter(f -> f.unitId().equals(unit.unitId())).toList();
            notice.findings(own.stream().map(f -> CaseNotices.clip(item(f), 1000)).limit(100).toList())
                    .deadline(own.stream().map(FindingView::rectifyBy).filter(Objects::nonNull)
                            .min(Comparator.naturalOrder()).orElse(null))
                    .message(form + "请按要求逐项整改，整改方案和整改报告通过督导系统提交。");
        });
    }

    private static String item(FindingView f) {
        LocalDate by = f.rectifyBy();
        return CaseForms.line(f, null) + "。整改要求：" + (f.requirement() == null ? "按督导意见整改" : f.requirement())
                + (by == null ? "" : "；整改期限：" + by);
    }
}
