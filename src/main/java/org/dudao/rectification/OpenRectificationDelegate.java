package org.dudao.rectification;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.RectificationService.NewDeadlines;
import org.dudao.workflow.CountyCalendar;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenRectification} (§9): opens the finding's rectification with the decision table's deadlines —
 * plan due in {@code planDays}; report due on the deadline the feedback set, else in {@code reportDays}; a
 * report due no later than the plan pulls the plan deadline to it. After a relapse the reopened rectification
 * starts a new round with fresh deadlines (the feedback's deadline belongs to the first round).
 */
@Component
class OpenRectificationDelegate implements JavaDelegate {

    private final FindingContext findings;
    private final RectificationService rectifications;
    private final CountyCalendar calendar;

    OpenRectificationDelegate(FindingContext findings, RectificationService rectifications, CountyCalendar calendar) {
        this.findings = findings;
        this.rectifications = rectifications;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, RectificationProcess.FINDING_ID);
        int planDays = days(execution, RectificationProcess.PLAN_DAYS);
        int reportDays = days(execution, RectificationProcess.REPORT_DAYS);
        int reminder = days(execution, RectificationProcess.REMINDER_DAYS_BEFORE);
        Finding f = findings.of(findingId);
        LocalDate today = calendar.today();
        LocalDate planDue = today.plusDays(planDays);
        if (f.rectification().isPresent()) {
            LocalDate reportDue = today.plusDays(Math.max(reportDays, planDays));
            rectifications.reschedule(f.rectification().get().id(),
                    new NewDeadlines(planDue, reportDue, reminder, "新一轮整改（回头看发现问题反弹）", false));
            return;
        }
        LocalDate reportDue = f.finding().rectifyBy() != null ? f.finding().rectifyBy() : today.plusDays(reportDays);
        if (!reportDue.isAfter(planDue)) {
            planDue = reportDue;
        }
        String requirement = f.finding().requirement() != null ? f.finding().requirement() : "按督导反馈意见逐项整改到位";
        rectifications.open(findingId, requirement, planDue, reportDue, reminder);
    }

    private static int days(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        if (value == null) {
            value = execution.getVariable(name);
        }
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("the deadline decision gave no " + name + ": " + value);
        }
        return number.intValue();
    }
}
