package org.dudao.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.escalation.EscalationService.AccountabilityDecision;
import org.dudao.shared.DomainException;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_DecideAccountability} (§14): the committee approves, returns or drops the proposal. */
@Component
class DecideAccountabilityListener extends FormListener {

    private final EscalationService escalation;

    DecideAccountabilityListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long accountabilityId = Ids.of(task, EscalationProcesses.ACCOUNTABILITY_ID);
        String decision = form.decision(EscalationProcesses.ACCOUNTABILITY_DECISION);
        String comment = form.text("accountabilityDecisionComment");
        switch (decision == null ? "" : decision) {
            case EscalationProcesses.APPROVED -> escalation.decideAccountability(accountabilityId, new AccountabilityDecision(true, comment));
            case EscalationProcesses.RETURNED -> escalation.returnAccountability(accountabilityId, comment);
            case EscalationProcesses.DROPPED -> escalation.decideAccountability(accountabilityId, new AccountabilityDecision(false, comment));
            default -> throw DomainException.invalid(EscalationProcesses.ACCOUNTABILITY_DECISION, "请选择决定", "choose a decision");
        }
    }
}
