package org.dudao.escalation;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.escalation.EscalationService.InterviewView;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.Recipient;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.FindingNotices;
import org.dudao.workflow.Ids;
import org.dudao.workflow.NoticeRecipients;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FileInterviewRecord} (§12): the written record goes for filing (备案) to the county party
 * committee and government and to the unit's supervising department; the interview is marked filed.
 */
@Component
class FileInterviewRecordDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;
    private final FindingNotices notices;

    FileInterviewRecordDelegate(EscalationService escalation, EscalationLadder ladder, FindingNotices notices) {
        this.escalation = escalation;
        this.ladder = ladder;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InterviewView interview = escalation.interview(Ids.of(execution, EscalationProcesses.INTERVIEW_ID));
        Finding f = ladder.finding(interview.findingId());
        NoticeRecipients to = notices.recipients();
        List<Recipient> recipients = NoticeRecipients.merge(to.partyAndGovernment(), to.supervisingDepartment(f.unit().id()));
        if (interview.filedAt() == null) {
            String filedWith = recipients.stream().map(r -> r.role().label()).distinct().collect(Collectors.joining("、"));
            escalation.fileInterviewRecord(interview.id(), filedWith.isEmpty() ? null : filedWith);
        }
        notices.issue(notices.about(f, NoticeKind.INTERVIEW_FILING, "interview-filing:interview-" + interview.id())
                        .message(FindingNotices.clip("约谈日期：" + interview.heldOn() + "；参加人员："
                                + String.join("、", interview.participants()) + "。\n约谈记录：" + interview.record(), 4000)),
                recipients, "约谈记录备案");
    }
}
