package org.dudao.escalation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.escalation.EscalationService.AccountabilityView;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.Recipient;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.FindingNotices;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_ReferCase} (§14): refers the matter to 纪检监察 or 公安 as decided, and records that it did. */
@Component
class ReferCaseDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;
    private final FindingNotices notices;

    ReferCaseDelegate(EscalationService escalation, EscalationLadder ladder, FindingNotices notices) {
        this.escalation = escalation;
        this.ladder = ladder;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accountabilityId = Ids.of(execution, EscalationProcesses.ACCOUNTABILITY_ID);
        AccountabilityView a = escalation.accountability(accountabilityId);
        if (a.referredAt() == null) {
            a = escalation.recordReferral(accountabilityId);
        }
        Finding f = ladder.finding(a.findingId());
        List<Recipient> to = a.referral() == Referral.POLICE ? notices.recipients().publicSecurity()
                : notices.recipients().disciplineCommission();
        notices.issue(notices.about(f, NoticeKind.REFERRAL, "referral:accountability-" + accountabilityId)
                .message(FindingNotices.clip(a.referralLabel() + "。事由：" + a.grounds(), 4000)), to, a.referralLabel());
    }
}
