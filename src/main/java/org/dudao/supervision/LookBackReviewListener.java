package org.dudao.supervision;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dudao.shared.DomainException;
import org.dudao.supervision.SupervisionCaseService.Review;
import org.dudao.workflow.CountyCalendar;
import org.dudao.workflow.FormFields;
import org.dudao.workflow.FormListener;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LookBackReview} (§10): records the look-back review; relapsed findings reopen their
 * rectification, which the case process then runs again for just those findings.
 */
@Component
class LookBackReviewListener extends FormListener {

    // provisional deadlines of a reopened rectification; its process sets the real ones by the decision table
    static final int PROVISIONAL_PLAN_DAYS = 20;
    static final int PROVISIONAL_REPORT_DAYS = 90;

    private final SupervisionCaseService cases;
    private final CountyCalendar calendar;

    LookBackReviewListener(SupervisionCaseService cases, CountyCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    @Override
    protected void complete(DelegateTask task, FormFields form) {
        long caseId = Ids.of(task, CaseProcess.CASE_ID);
        String outcome = form.decision(CaseProcess.LOOK_BACK_OUTCOME);
        String notes = form.requiredText("lookBackNotes", "复查情况");
        boolean relapse = CaseProcess.RELAPSE.equals(outcome);
        if (!relapse && !CaseProcess.NO_RELAPSE.equals(outcome)) {
            throw DomainException.invalid(CaseProcess.LOOK_BACK_OUTCOME, "请选择复查结论", "choose the review outcome");
        }
        List<Long> relapsed = new ArrayList<>();
        if (relapse) {
            for (String id : form.strings("relapsedFindingIds")) {
                if (!id.matches("\\d+")) {
                    throw DomainException.invalid("relapsedFindingIds", "不是问题编号：" + id, "not a finding id: " + id);
                }
                relapsed.add(Long.parseLong(id));
            }
            if (relapsed.isEmpty()) {
                throw DomainException.invalid("relapsedFindingIds", "问题反弹时请选择反弹的问题", "choose the relapsed findings");
            }
        } else {
            form.strings("relapsedFindingIds");
        }
        if (cases.get(caseId).status() == CaseStatus.RECTIFYING) {
            cases.startReview(caseId);
        }
        var today = calendar.today();
        cases.recordReview(caseId, relapse
                ? new Review(today, notes, relapsed, today.plusDays(PROVISIONAL_PLAN_DAYS), today.plusDays(PROVISIONAL_REPORT_DAYS))
                : new Review(today, notes, List.of(), null, null));
    }
}
