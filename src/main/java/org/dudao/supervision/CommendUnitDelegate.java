package org.dudao.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.notification.NoticeKind;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CommendUnit} (§11): no findings — the case records the commendation, and each unit, its
 * supervising department and the county organisation department are told.
 */
@Component
class CommendUnitDelegate implements JavaDelegate {

    private final SupervisionCaseService cases;
    private final CaseNotices notices;

    CommendUnitDelegate(SupervisionCaseService cases, CaseNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = Ids.of(execution, CaseProcess.CASE_ID);
        CaseView c = cases.get(caseId);
        if (c.status() != CaseStatus.COMMENDED) {
            c = cases.commend(caseId, "经" + c.modeLabel() + "，被督导单位" + CaseForms.units(c)
                    + "各项工作落实到位，未发现问题，予以表扬。");
        }
        String text = CaseNotices.clip(c.commendation(), 4000);
        notices.perUnit(c, c.targets(), NoticeKind.COMMENDATION, "commendation:case-" + caseId,
                notices.recipients().organizationDepartment(), (unit, notice) -> notice.message(text));
    }
}
