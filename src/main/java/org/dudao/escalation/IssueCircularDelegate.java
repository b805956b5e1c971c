package org.dudao.escalation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.escalation.EscalationService.CircularView;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.Recipient;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.FindingNotices;
import org.dudao.workflow.Ids;
import org.dudao.workflow.NoticeRecipients;
import org.springframework.stereotype.Component;

/**
 * {@code Task_IssueCircular} (§13): issues (and so publishes) the circular to the chosen recipients — 县委县政府,
 * 县教科体局党委 — copied to 绩效办 for the performance assessment, and to the unit and its supervising department.
 */
@Component
class IssueCircularDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;
    private final FindingNotices notices;

    IssueCircularDelegate(EscalationService escalation, EscalationLadder ladder, FindingNotices notices) {
        this.escalation = escalation;
        this.ladder = ladder;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long circularId = Ids.of(execution, EscalationProcesses.CIRCULAR_ID);
        CircularView circular = escalation.circular(circularId);
        if (circular.status() == RecordStatus.DRAFT) {
            circular = escalation.issueCircular(circularId);
        }
        Finding f = ladder.finding(circular.findingId());
        NoticeRecipients to = notices.recipients();
        List<Recipient> chosen = new ArrayList<>();
        if (circular.recipients().contains(EscalationProcesses.CIRCULAR_RECIPIENTS.get("COUNTY_PARTY_AND_GOVERNMENT"))) {
            chosen.addAll(to.partyAndGovernment());
        }
        if (circular.recipients().contains(EscalationProcesses.CIRCULAR_RECIPIENTS.get("EDUCATION_BUREAU_PARTY_COMMITTEE"))) {
            chosen.addAll(to.educationBureau());
        }
        notices.issue(notices.about(f, NoticeKind.CIRCULAR, "circular:circular-" + circularId)
                        .message(FindingNotices.clip(circular.text(), 4000)),
                NoticeRecipients.merge(chosen, to.performanceOffice(), to.unitAndSupervisor(f.unit().id())), "通报");
    }
}
