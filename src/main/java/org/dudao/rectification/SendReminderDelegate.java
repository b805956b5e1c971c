package org.dudao.rectification;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.dudao.notification.NoticeKind;
import org.dudao.rectification.FindingContext.Finding;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.workflow.Ids;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendPlanReminder} / {@code Task_SendReportReminder}: the plan or report is due soon — a reminder
 * to the unit and its supervising department, linking the unit's open task. One per stage and deadline.
 */
@Component
class SendReminderDelegate implements JavaDelegate {

    private final FindingContext findings;
    private final FindingNotices notices;

    SendReminderDelegate(FindingContext findings, FindingNotices notices) {
        this.findings = findings;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long findingId = Ids.of(execution, RectificationProcess.FINDING_ID);
        boolean plan = RectificationProcess.PLAN.equals(execution.getVariable(RectificationProcess.STAGE));
        Finding f = findings.of(findingId);
        RectificationView r = f.requireRectification();
        LocalDate deadline = plan ? r.planDue() : r.reportDue();
        Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(plan ? RectificationProcess.TASK_SUBMIT_PLAN : RectificationProcess.TASK_SUBMIT_REPORT)
                .singleResult();
        String key = "reminder:finding-" + findingId + ":" + (plan ? "plan" : "report") + ":" + deadline;
        notices.issue(notices.about(f, NoticeKind.DEADLINE_REMINDER, key)
                        .deadline(deadline)
                        .task(task == null ? null : task.getId())
                        .message(plan ? "请在期限前报送整改方案。" : "请在期限前报送整改报告和佐证材料。"),
                notices.recipients().unitAndSupervisor(f.unit().id()), f.unit().name());
    }
}
