package org.dudao.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.shared.DomainException;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveCircular} (§13): the committee approves (issued next), returns or drops the circular. */
@Component
class ApproveCircularListener extends FormListener {

    private final EscalationService escalation;

    ApproveCircularListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long circularId = Ids.of(task, EscalationProcesses.CIRCULAR_ID);
        String decision = form.decision(EscalationProcesses.CIRCULAR_DECISION);
        String comment = form.text("circularApprovalComment");
        switch (decision == null ? "" : decision) {
            case EscalationProcesses.APPROVED, EscalationProcesses.RETURNED -> escalation.commentOnCircular(circularId, comment);
            case EscalationProcesses.DROPPED -> escalation.dropCircular(circularId, comment);
            default -> throw DomainException.invalid(EscalationProcesses.CIRCULAR_DECISION, "请选择审批意见", "choose a decision");
        }
    }
}
