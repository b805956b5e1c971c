package org.dudao.supervision;

/**
 * The engine-facing names of process {@code supervision-case} (processes/supervision-case.bpmn): its key,
 * variables and the element ids code refers to. docs/processes.md §4 is the contract.
 */
public final class CaseProcess {

    public static final String KEY = "supervision-case";

    public static final String CASE_ID = "caseId";

    // decisions (output-mapped to the process instance)
    public static final String COMMITTEE_APPROVAL_REQUIRED = "committeeApprovalRequired";
    public static final String PLAN_DECISION = "planDecision";
    public static final String INSPECTION_OUTCOME = "inspectionOutcome";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String MAJOR_MATTER = "majorMatter";
    public static final String LOOK_BACK_OUTCOME = "lookBackOutcome";
    public static final String UPWARD_REPORT_STATUS = "upwardReportStatus";

    // start form fields (form-open-case), consumed by registerCaseDelegate
    public static final String TITLE = "title";
    public static final String KIND = "kind";
    public static final String MODE = "mode";
    public static final String LEAD_UNIT_CODE = "leadUnitCode";
    public static final String CO_UNIT_CODES = "coUnitCodes";
    public static final String SCHEDULED_DATE = "scheduledDate";

    // decision values
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";
    public static final String FINDINGS = "FINDINGS";
    public static final String NO_FINDINGS = "NO_FINDINGS";
    public static final String RELAPSE = "RELAPSE";
    public static final String NO_RELAPSE = "NO_RELAPSE";

    // elements
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    public static final String TASK_SEND_SUPERVISION_NOTICE = "Task_SendSupervisionNotice";
    public static final String TASK_INSPECT_ON_SITE = "Task_InspectOnSite";
    public static final String TASK_COMMEND_UNIT = "Task_CommendUnit";
    public static final String TASK_DRAFT_REPORT = "Task_DraftReport";
    public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";
    public static final String TASK_PUBLISH_REPORT = "Task_PublishReport";
    public static final String TASK_INVITE_DISCIPLINE = "Task_InviteDiscipline";
    public static final String TASK_HOLD_FEEDBACK = "Task_HoldFeedback";
    public static final String TASK_SEND_FEEDBACK_NOTICE = "Task_SendFeedbackNotice";
    public static final String CALL_ACTIVITY_RECTIFICATION = "CallActivity_Rectification";
    public static final String TIMER_LOOK_BACK_DUE = "Timer_LookBackDue";
    public static final String TASK_LOOK_BACK_REVIEW = "Task_LookBackReview";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String TASK_REPORT_UPWARD = "Task_ReportUpward";
    public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";

    private CaseProcess() {
    }
}
