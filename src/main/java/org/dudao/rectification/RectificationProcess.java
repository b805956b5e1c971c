package org.dudao.rectification;

/**
 * The engine-facing names of process {@code rectification} (processes/rectification.bpmn): key, variables,
 * values and the element ids code refers to. docs/processes.md §5 is the contract.
 */
public final class RectificationProcess {

    public static final String KEY = "rectification";

    public static final String CASE_ID = "caseId";
    public static final String FINDING_ID = "findingId";
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String ESCALATION_TRIGGER = "escalationTrigger";
    public static final String ESCALATION_DECISION = "escalationDecision";
    public static final String DEADLINE_DECISION = "deadlineDecision";

    // local inputs of the delegates
    public static final String PLAN_DAYS = "planDays";
    public static final String REPORT_DAYS = "reportDays";
    public static final String REMINDER_DAYS_BEFORE = "reminderDaysBefore";
    public static final String STAGE = "stage";
    public static final String TRIGGER = "trigger";
    public static final String RUNG = "rung";
    public static final String NEW_DEADLINE_DAYS = "newDeadlineDays";

    // values
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    public static final String PLAN = "PLAN";
    public static final String REPORT = "REPORT";
    public static final String PLAN_OVERDUE = "PLAN_OVERDUE";
    public static final String REPORT_OVERDUE = "REPORT_OVERDUE";

    // elements
    public static final String TASK_SUBMIT_PLAN = "Task_SubmitRectificationPlan";
    public static final String TASK_SUBMIT_REPORT = "Task_SubmitRectificationReport";
    public static final String TASK_VERIFY = "Task_VerifyRectification";
    public static final String TIMER_PLAN_REMINDER = "Timer_PlanReminder";
    public static final String TIMER_PLAN_OVERDUE = "Timer_PlanOverdue";
    public static final String TIMER_REPORT_REMINDER = "Timer_ReportReminder";
    public static final String TIMER_REPORT_OVERDUE = "Timer_ReportOverdue";
    public static final String TASK_SET_NEW_DEADLINE = "Task_SetNewDeadline";
    public static final String TASK_ISSUE_URGING_NOTICE = "Task_IssueUrgingNotice";

    private RectificationProcess() {
    }

    /** Why the ladder was entered, in words for notices and summaries. */
    public static String triggerLabel(String trigger) {
        return switch (trigger == null ? "" : trigger) {
            case PLAN_OVERDUE -> "整改方案逾期未报送";
            case REPORT_OVERDUE -> "整改报告逾期未报送";
            case "REJECTED" -> "整改验收未通过";
            default -> trigger;
        };
    }
}
