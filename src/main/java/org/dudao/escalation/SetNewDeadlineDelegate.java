package org.dudao.escalation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.rectification.FindingContext;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.RectificationProcess;
import org.dudao.rectification.RectificationService;
import org.dudao.rectification.RectificationService.NewDeadlines;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.supervision.LadderRung;
import org.dudao.workflow.CountyCalendar;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SetNewDeadline}: after the rung's step, the unit gets its new deadline — today plus the decision
 * table's days — for the plan ({@code PLAN_OVERDUE}; a report deadline not after it moves as many days past
 * it) or else for the report. A rung other than {@code NONE} is a ladder step: recorded on the rectification
 * (raising the escalation count) and on the case (the highest rung reached).
 */
@Component
class SetNewDeadlineDelegate implements JavaDelegate {

    private final FindingContext findings;
    private final RectificationService rectifications;
    private final EscalationService escalation;
    private final CountyCalendar calendar;

    SetNewDeadlineDelegate(FindingContext findings, RectificationService rectifications, EscalationService escalation,
                           CountyCalendar calendar) {
        this.findings = findings;
        this.rectifications = rectifications;
        this.escalation = escalation;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, RectificationProcess.FINDING_ID);
        String rung = (String) execution.getVariable(RectificationProcess.RUNG);
        int days = ((Number) execution.getVariable(RectificationProcess.NEW_DEADLINE_DAYS)).intValue();
        String trigger = (String) execution.getVariable(RectificationProcess.TRIGGER);
        Finding f = findings.of(findingId);
        RectificationView r = f.requireRectification();
        LocalDate due = calendar.today().plusDays(days);
        LocalDate planDue = r.planDue();
        LocalDate reportDue = due;
        if (RectificationProcess.PLAN_OVERDUE.equals(trigger)) {
            planDue = due;
            reportDue = r.reportDue().isAfter(due) ? r.reportDue() : due.plusDays(days);
        }
        if ("NONE".equals(rung)) {
            rectifications.reschedule(r.id(), new NewDeadlines(planDue, reportDue, null,
                    "验收未通过，退回重报，新的报告期限 " + reportDue, false));
        } else {
            LadderRung reached = LadderRung.valueOf(rung);
            escalation.recordLadderStep(f.kase().id(), r.id(), reached, planDue, reportDue,
                    RectificationProcess.triggerLabel(trigger) + "，升级阶梯：" + reached.label() + "，新期限 "
                            + (RectificationProcess.PLAN_OVERDUE.equals(trigger) ? planDue : reportDue));
        }
    }
}
