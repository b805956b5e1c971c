package org.dudao.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.shared.DomainException;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveInterview} (§12): the committee approves the interview for a date, or does not. */
@Component
class ApproveInterviewListener extends FormListener {

    private final EscalationService escalation;

    ApproveInterviewListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long interviewId = Ids.of(task, EscalationProcesses.INTERVIEW_ID);
        String decision = form.decision(EscalationProcesses.INTERVIEW_DECISION);
        String comment = form.text("interviewApprovalComment");
        if (EscalationProcesses.APPROVED.equals(decision)) {
            escalation.approveInterview(interviewId, form.requiredDate("plannedInterviewDate", "约谈日期"), null, comment);
        } else if (EscalationProcesses.REJECTED.equals(decision)) {
            form.date("plannedInterviewDate");
            escalation.rejectInterview(interviewId, comment);
        } else {
            throw DomainException.invalid(EscalationProcesses.INTERVIEW_DECISION, "请选择是否批准约谈", "choose approve or reject");
        }
    }
}
