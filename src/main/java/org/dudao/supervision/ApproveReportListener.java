package org.dudao.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.shared.DomainException;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApproveReport} (§7, §8): the committee approves or returns the report and says whether the
 * case is a major matter (the discipline bodies then join the feedback).
 */
@Component
class ApproveReportListener extends FormListener {

    private final SupervisionCaseService cases;

    ApproveReportListener(SupervisionCaseService cases) {
        this.cases = cases;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long caseId = Ids.of(task, CaseProcess.CASE_ID);
        String comment = form.text("reportApprovalComment");
        String decision = form.decision(CaseProcess.REPORT_DECISION);
        boolean majorMatter = form.decisionFlag(CaseProcess.MAJOR_MATTER);
        if (cases.get(caseId).majorMatter() != majorMatter) {
            cases.markMajorMatter(caseId, majorMatter);
        }
        if (CaseProcess.APPROVED.equals(decision)) {
            cases.approveReport(caseId, comment);
        } else if (CaseProcess.RETURNED.equals(decision)) {
            cases.returnReport(caseId, comment);
        } else {
            throw DomainException.invalid(CaseProcess.REPORT_DECISION, "请选择审定意见", "choose approve or return");
        }
    }
}
