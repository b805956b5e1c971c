package org.dudao.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCase}: closes and archives the case; a closed case stays closed (idempotent). */
@Component
class CloseCaseDelegate implements JavaDelegate {

    private final SupervisionCaseService cases;

    CloseCaseDelegate(SupervisionCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = Ids.of(execution, CaseProcess.CASE_ID);
        if (cases.get(caseId).status() != CaseStatus.CLOSED) {
            cases.close(caseId, "流程办结");
        }
    }
}
