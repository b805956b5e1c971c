package org.dudao.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/** {@code Task_SubmitRectificationReport} (§9): the unit's report, completion date and evidence description. */
@Component
class SubmitRectificationReportListener extends FormListener {

    private final FindingContext findings;
    private final RectificationService rectifications;

    SubmitRectificationReportListener(FindingContext findings, RectificationService rectifications) {
        this.findings = findings;
        this.rectifications = rectifications;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long findingId = Ids.of(task, RectificationProcess.FINDING_ID);
        String report = form.requiredText("reportText", "整改报告");
        var completed = form.requiredDate("completedDate", "完成日期");
        String evidence = form.text("evidenceDescription");
        rectifications.submitReport(findings.of(findingId).requireRectification().id(),
                report + RectificationForms.DETAILS + "完成日期：" + completed + (evidence == null ? "" : "\n佐证材料：" + evidence));
    }
}
