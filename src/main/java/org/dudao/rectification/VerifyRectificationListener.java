package org.dudao.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.shared.DomainException;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_VerifyRectification} (§9): the inspector who completes the task accepts or rejects the report;
 * a rejection counts before the ladder decides.
 */
@Component
class VerifyRectificationListener extends FormListener {

    private final FindingContext findings;
    private final RectificationService rectifications;

    VerifyRectificationListener(FindingContext findings, RectificationService rectifications) {
        this.findings = findings;
        this.rectifications = rectifications;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long findingId = Ids.of(task, RectificationProcess.FINDING_ID);
        String outcome = form.decision(RectificationProcess.VERIFICATION_OUTCOME);
        String comment = form.requiredText("verificationComment", "验收意见");
        if (!RectificationProcess.ACCEPTED.equals(outcome) && !RectificationProcess.REJECTED.equals(outcome)) {
            throw DomainException.invalid(RectificationProcess.VERIFICATION_OUTCOME, "请选择验收结论", "choose accept or reject");
        }
        rectifications.verify(findings.of(findingId).requireRectification().id(),
                RectificationProcess.ACCEPTED.equals(outcome), comment);
    }
}
