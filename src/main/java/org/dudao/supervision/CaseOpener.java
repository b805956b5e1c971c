package org.dudao.supervision;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.NewCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case and starts its {@code supervision-case} process in one transaction (business key = case id),
 * so a case never exists without its process, nor a process without its case.
 */
@Component
public class CaseOpener {

    private final SupervisionCaseService cases;
    private final RuntimeService runtime;

    CaseOpener(SupervisionCaseService cases, RuntimeService runtime) {
        this.cases = cases;
        this.runtime = runtime;
    }

    @Transactional
    public CaseView open(NewCase command) {
        long caseId = cases.open(command).id();
        runtime.startProcessInstanceByKey(CaseProcess.KEY, String.valueOf(caseId), Map.of(CaseProcess.CASE_ID, caseId));
        return cases.get(caseId);
    }
}
