package org.dudao.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.escalation.EscalationService.InterviewView;
import org.dudao.notification.NoticeKind;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.FindingNotices;
import org.dudao.workflow.Ids;
import org.dudao.workflow.NoticeRecipients;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendInterviewNotice} (§12): the 约谈通知书 with the planned date to the unit and its supervising
 * department, copied to 县纪委监委 and 县委组织部, who take part.
 */
@Component
class SendInterviewNoticeDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;
    private final FindingNotices notices;

    SendInterviewNoticeDelegate(EscalationService escalation, EscalationLadder ladder, FindingNotices notices) {
        this.escalation = escalation;
        this.ladder = ladder;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InterviewView interview = escalation.interview(Ids.of(execution, EscalationProcesses.INTERVIEW_ID));
        Finding f = ladder.finding(interview.findingId());
        NoticeRecipients to = notices.recipients();
        notices.issue(notices.about(f, NoticeKind.INTERVIEW_NOTICE, "interview-notice:interview-" + interview.id())
                        .message(FindingNotices.clip("约谈日期：" + interview.scheduledOn() + "。" + interview.reason(), 4000)),
                NoticeRecipients.merge(to.unitAndSupervisor(f.unit().id()), to.disciplineCommission(), to.organizationDepartment()),
                f.unit().name());
    }
}
