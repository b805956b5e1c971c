package org.dudao.escalation;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.escalation.EscalationService.AccountabilityView;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.Recipient;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.FindingNotices;
import org.dudao.workflow.Ids;
import org.dudao.workflow.NoticeRecipients;
import org.springframework.stereotype.Component;

/**
 * {@code Task_IssueAccountabilityDecision} (§14): publishes the decision and sends it to the unit, its supervising
 * department, 县委组织部 and 县纪委监委; a licence revocation also goes to the education authority that approves it.
 */
@Component
class IssueAccountabilityDecisionDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;
    private final FindingNotices notices;

    IssueAccountabilityDecisionDelegate(EscalationService escalation, EscalationLadder ladder, FindingNotices notices) {
        this.escalation = escalation;
        this.ladder = ladder;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accountabilityId = Ids.of(execution, EscalationProcesses.ACCOUNTABILITY_ID);
        AccountabilityView a = escalation.accountability(accountabilityId);
        if (!a.published()) {
            a = escalation.publishAccountability(accountabilityId);
        }
        Finding f = ladder.finding(a.findingId());
        NoticeRecipients to = notices.recipients();
        List<Recipient> recipients = NoticeRecipients.merge(to.unitAndSupervisor(f.unit().id()), to.organizationDepartment(),
                to.disciplineCommission(), a.revokeLicence() ? to.educationBureau() : List.of());
        String persons = a.persons().stream().map(p -> p.name() + (p.post() == null ? "" : "（" + p.post() + "）"))
                .collect(Collectors.joining("、"));
        String text = "问责措施：" + a.measureLabel() + (persons.isEmpty() ? "" : "；被问责人员：" + persons) + "。\n事由：" + a.grounds()
                + (a.revokeLicence() ? "\n建议审批机关依法吊销该校办学许可证。" : "")
                + (a.referral() == Referral.NONE ? "" : "\n" + a.referralLabel() + "。")
                + (a.decisionText() == null ? "" : "\n委员会意见：" + a.decisionText());
        notices.issue(notices.about(f, NoticeKind.ACCOUNTABILITY_DECISION, "accountability:accountability-" + accountabilityId)
                .message(FindingNotices.clip(text, 4000)), recipients, "问责决定");
    }
}
