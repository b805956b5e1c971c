package org.dudao.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_DraftReport} (§7): the team's draft report goes on the case. */
@Component
class DraftReportListener extends FormListener {

    private final SupervisionCaseService cases;

    DraftReportListener(SupervisionCaseService cases) {
        this.cases = cases;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        cases.recordReport(Ids.of(task, CaseProcess.CASE_ID), form.requiredText("reportText", "督导报告"));
    }
}
