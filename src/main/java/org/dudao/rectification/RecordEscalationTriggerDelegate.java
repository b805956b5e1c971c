package org.dudao.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordPlanOverdue} / {@code Task_RecordReportOverdue} / {@code Task_RecordRejection}: a passed
 * deadline is recorded on the rectification for the ladder history (a rejection was recorded when it was
 * verified). The model maps {@code trigger} to {@code escalationTrigger} itself.
 */
@Component
class RecordEscalationTriggerDelegate implements JavaDelegate {

    private final FindingContext findings;
    private final RectificationService rectifications;

    RecordEscalationTriggerDelegate(FindingContext findings, RectificationService rectifications) {
        this.findings = findings;
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String trigger = (String) execution.getVariable(RectificationProcess.TRIGGER);
        if (RectificationProcess.PLAN_OVERDUE.equals(trigger) || RectificationProcess.REPORT_OVERDUE.equals(trigger)) {
            long findingId = Ids.of(execution, RectificationProcess.FINDING_ID);
            rectifications.recordOverdue(findings.of(findingId).requireRectification().id());
        }
    }
}
