package org.dudao.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.shared.DomainException;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_ApprovePlan}: the committee approves the plan or returns it, with a comment (§2). */
@Component
class ApprovePlanListener extends FormListener {

    private final SupervisionCaseService cases;

    ApprovePlanListener(SupervisionCaseService cases) {
        this.cases = cases;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long caseId = Ids.of(task, CaseProcess.CASE_ID);
        String comment = form.text("planApprovalComment");
        String decision = form.decision(CaseProcess.PLAN_DECISION);
        if (CaseProcess.APPROVED.equals(decision)) {
            cases.approvePlan(caseId, comment);
        } else if (CaseProcess.RETURNED.equals(decision)) {
            cases.returnPlan(caseId, comment);
        } else {
            throw DomainException.invalid(CaseProcess.PLAN_DECISION, "请选择审批意见", "choose approve or return");
        }
    }
}
