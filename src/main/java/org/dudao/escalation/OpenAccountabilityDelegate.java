package org.dudao.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenAccountability} (§14): the accountability record with its grounds and, when the decision
 * table proposes it for a private school, licence revocation; the office then proposes the measures.
 */
@Component
class OpenAccountabilityDelegate implements JavaDelegate {

    private final EscalationService escalation;
    private final EscalationLadder ladder;

    OpenAccountabilityDelegate(EscalationService escalation, EscalationLadder ladder) {
        this.escalation = escalation;
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, EscalationProcesses.FINDING_ID);
        Finding f = ladder.finding(findingId);
        boolean licence = Boolean.TRUE.equals(execution.getVariable(EscalationProcesses.LICENCE_REVOCATION_PROPOSED))
                && f.privateSchool();
        long id = escalation.openAccountability(f.kase().id(), findingId, f.unit().id(), ladder.grounds(f), licence).id();
        execution.setVariable(EscalationProcesses.ACCOUNTABILITY_ID, id);
    }
}
