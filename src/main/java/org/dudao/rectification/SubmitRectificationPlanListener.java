package org.dudao.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_SubmitRectificationPlan} (§9): the unit's plan, with who is responsible and by when. */
@Component
class SubmitRectificationPlanListener extends FormListener {

    private final FindingContext findings;
    private final RectificationService rectifications;

    SubmitRectificationPlanListener(FindingContext findings, RectificationService rectifications) {
        this.findings = findings;
        this.rectifications = rectifications;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long findingId = Ids.of(task, RectificationProcess.FINDING_ID);
        String plan = form.requiredText("planText", "整改方案");
        String responsible = form.requiredText("responsiblePerson", "整改责任人");
        var by = form.requiredDate("plannedCompletionDate", "计划完成日期");
        rectifications.submitPlan(findings.of(findingId).requireRectification().id(),
                plan + RectificationForms.DETAILS + "整改责任人：" + responsible + "\n计划完成日期：" + by);
    }
}
