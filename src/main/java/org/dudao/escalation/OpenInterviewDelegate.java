package org.dudao.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_OpenInterview} (§12): the proposed interview's record, before the committee decides. */
@Component
class OpenInterviewDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;

    OpenInterviewDelegate(EscalationService escalation, EscalationLadder ladder) {
        this.escalation = escalation;
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, EscalationProcesses.FINDING_ID);
        Finding f = ladder.finding(findingId);
        long id = escalation.proposeInterview(f.kase().id(), findingId, f.unit().id(), ladder.grounds(f)).id();
        execution.setVariable(EscalationProcesses.INTERVIEW_ID, id);
    }
}
