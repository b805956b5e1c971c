package org.dudao.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.notification.IssueNotice;
import org.dudao.notification.NoticeKind;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.workflow.NoticeRecipients;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_InviteDiscipline} (§8): a major matter's feedback is attended by 县纪委监委, 县委组织部 and
 * 绩效办 — one invitation to the three, listing the findings.
 */
@Component
class InviteDisciplineDelegate implements JavaDelegate {

    private final SupervisionCaseService cases;
    private final CaseNotices notices;

    InviteDisciplineDelegate(SupervisionCaseService cases, CaseNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = Ids.of(execution, CaseProcess.CASE_ID);
        CaseView c = cases.get(caseId);
        NoticeRecipients recipients = notices.recipients();
        notices.notices().issue(IssueNotice.builder(NoticeKind.FEEDBACK_INVITATION, "feedback-invitation:case-" + caseId)
                .forCase(caseId, c.title())
                .findings(cases.findings(caseId).stream().map(f -> CaseNotices.clip(CaseForms.line(f, null), 1000)).limit(100).toList())
                .message(CaseNotices.clip("被督导单位：" + CaseForms.units(c) + "。反馈会时间、地点另行通知。", 4000))
                .recipients(NoticeRecipients.require(NoticeRecipients.merge(recipients.disciplineCommission(),
                        recipients.organizationDepartment(), recipients.performanceOffice()), "纪委监委、组织部、绩效办"))
                .build());
    }
}
