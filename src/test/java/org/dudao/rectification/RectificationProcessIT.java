package org.dudao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.dudao.DudaoIntegrationTest;
import org.dudao.escalation.EscalationService;
import org.dudao.escalation.RecordStatus;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.NoticeSummary;
import org.dudao.notification.RecipientRole;
import org.dudao.supervision.LadderRung;
import org.dudao.workflow.CountyCalendar;
import org.dudao.workflow.LifecycleFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Process {@code rectification} (§9, §12–§14): reminders before each deadline, the ladder climbed by firing the
 * overdue timers (URGING → INTERVIEW → CIRCULAR → ACCOUNTABILITY, severe private schools skipping the circular
 * with a licence proposal), a late report, the rejection loop, and notices that a retried job never doubles.
 */
@DudaoIntegrationTest
class RectificationProcessIT {

    @Autowired ApplicationContext context;
    @Autowired EscalationService escalation;
    @Autowired CountyCalendar calendar;
    @Autowired RectificationDigest digest;
    LifecycleFixture fx;

    @BeforeEach
    void setUp() {
        fx = new LifecycleFixture(context);
        BpmnAwareTests.init(fx.engine);
    }

    @Test
    void remindersGoOutBeforeEachDeadlineWhileTheTaskStaysOpen() {
        ProcessInstance rect = fx.rectifying(fx.school, "GENERAL");
        long findingId = fx.findingIdOf(rect);
        var r = fx.rectificationOf(findingId);
        // GENERAL at a school: plan in 15 days, report in 60, reminders 5 days ahead; due dates end the deadline day
        assertThat(r.planDue()).isEqualTo(fx.today().plusDays(15));
        assertThat(r.reportDue()).isEqualTo(fx.today().plusDays(60));
        assertThat(r.reminderDays()).isEqualTo(5);
        assertThat(task(rect).getDueDate()).isEqualTo(calendar.endOf(r.planDue()));
        assertThat(task(rect).getName()).isEqualTo("提交整改方案 — " + fx.organization.unit(fx.school).name() + " · 测试督导" + fx.run);
        Job reminder = fx.management.createJobQuery().processInstanceId(rect.getId()).activityId(RectificationProcess.TIMER_PLAN_REMINDER).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(r.planDue().minusDays(5).atStartOfDay(calendar.zone()).toInstant()));

        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_REMINDER);
        assertThat(rect).hasPassed("Task_SendPlanReminder", "EndEvent_PlanReminderSent").isWaitingAt(RectificationProcess.TASK_SUBMIT_PLAN);
        String key = "reminder:finding-" + findingId + ":plan:" + r.planDue();
        NoticeSummary sent = fx.notices.findByIdempotencyKey(key).orElseThrow();
        assertThat(sent.kind()).isEqualTo(NoticeKind.DEADLINE_REMINDER);
        assertThat(sent.taskId()).isEqualTo(task(rect).getId());
        assertThat(sent.deadline()).isEqualTo(r.planDue());
        assertThat(sent.deliveries()).extracting(NoticeSummary.Delivery::role)
                .containsExactlyInAnyOrder(RecipientRole.UNIT_CONTACT, RecipientRole.SUPERVISING_DEPARTMENT);

        // the reminder's job runs again (a retry after a lost commit, a second node): still one reminder
        fx.runtime.createProcessInstanceModification(rect.getId()).startBeforeActivity("Task_SendPlanReminder").execute();
        fx.runJobs(rect.getBusinessKey());
        assertThat(reminders(findingId)).hasSize(1);

        fx.submitPlan(rect);
        fx.fireTimer(rect, RectificationProcess.TIMER_REPORT_REMINDER);
        assertThat(rect).hasPassed("Task_SendReportReminder", "EndEvent_ReportReminderSent").isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
        assertThat(fx.notices.findByIdempotencyKey("reminder:finding-" + findingId + ":report:" + r.reportDue())).isPresent();
        assertThat(reminders(findingId)).hasSize(2);
    }

    @Test
    void anOverduePlanClimbsTheWholeLadderAsItsTimerFiresAgainAndAgain() {
        ProcessInstance rect = fx.rectifying(fx.school, "GENERAL");
        long findingId = fx.findingIdOf(rect);
        long caseId = Long.parseLong(rect.getBusinessKey());
        String unit = LifecycleFixture.email(fx.code(fx.school));
        String department = LifecycleFixture.email(fx.code(fx.department));

        // 1st: urging notice (督办通知) with a new plan deadline — 7 days for a school
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        assertThat(rect).hasPassed("Task_RecordPlanOverdue", "BusinessRuleTask_DecideEscalation", RectificationProcess.TASK_SET_NEW_DEADLINE,
                RectificationProcess.TASK_ISSUE_URGING_NOTICE).isWaitingAt(RectificationProcess.TASK_SUBMIT_PLAN);
        var r = fx.rectificationOf(findingId);
        assertThat(r.urgingCount()).isEqualTo(1);
        assertThat(r.overdueCount()).isEqualTo(1);
        assertThat(r.planDue()).isEqualTo(fx.today().plusDays(7));
        assertThat(task(rect).getDueDate()).isEqualTo(calendar.endOf(fx.today().plusDays(7)));
        assertThat(fx.cases.get(caseId).rung()).isEqualTo(LadderRung.URGING);
        NoticeSummary urging = fx.notices.findByIdempotencyKey("urging:finding-" + findingId + ":step-1").orElseThrow();
        assertThat(urging.kind()).isEqualTo(NoticeKind.URGING_NOTICE);
        assertThat(urging.deadline()).isEqualTo(fx.today().plusDays(7));
        assertThat(urging.documentNumber()).isNotBlank();
        assertThat(urging.deliveries()).extracting(NoticeSummary.Delivery::email).containsExactlyInAnyOrder(unit, department);

        // 2nd: interview (约谈), approved, noticed to 纪委监委 and 组织部 too, held and filed
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        ProcessInstance interview = calledProcessInstance("interview", rect);
        assertThat(interview).isWaitingAt("Task_ApproveInterview");
        assertThat(task(interview)).hasCandidateGroup("committee");
        assertThat(task(interview).getName()).startsWith("审批约谈 — ");
        fx.complete(interview, "Task_ApproveInterview", "interviewDecision", "APPROVED",
                "plannedInterviewDate", fx.today().plusDays(3).toString(), "interviewApprovalComment", "同意约谈校长");
        assertThat(interview).hasPassed("Task_SendInterviewNotice").isWaitingAt("Task_RecordInterview");
        assertThat(task(interview)).hasCandidateGroup("office");
        long interviewId = ((Number) fx.runtime.getVariable(interview.getId(), "interviewId")).longValue();
        NoticeSummary notice = fx.notices.findByIdempotencyKey("interview-notice:interview-" + interviewId).orElseThrow();
        assertThat(notice.kind()).isEqualTo(NoticeKind.INTERVIEW_NOTICE);
        assertThat(notice.deliveries()).extracting(NoticeSummary.Delivery::email)
                .contains(unit, department, "jw@dudao.local", "zzb@dudao.local");
        fx.complete(interview, "Task_RecordInterview", "interviewDate", fx.today().toString(),
                "interviewParticipants", "校长、分管副校长、县纪委监委干部", "interviewRecord", "约谈记录：校长作出整改承诺。");
        assertThat(interview).hasPassed("Task_FileInterviewRecord", "EndEvent_InterviewHeld").isEnded();
        var held = escalation.interview(interviewId);
        assertThat(held.status()).isEqualTo(RecordStatus.HELD);
        assertThat(held.participants()).containsExactly("校长", "分管副校长", "县纪委监委干部");
        assertThat(held.filedAt()).isNotNull();
        assertThat(fx.notices.findByIdempotencyKey("interview-filing:interview-" + interviewId).orElseThrow().deliveries())
                .extracting(NoticeSummary.Delivery::email).contains("xzfb@dudao.local", department);
        assertThat(rect).isWaitingAt(RectificationProcess.TASK_SUBMIT_PLAN);
        assertThat(fx.cases.get(caseId).rung()).isEqualTo(LadderRung.INTERVIEW);
        assertThat(fx.notices.findByIdempotencyKey("urging:finding-" + findingId + ":step-2")).isPresent();

        // 3rd: circular (通报), drafted from the prefill, approved, issued to 县委县政府 and 县教科体局党委, copied to 绩效办
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        ProcessInstance circular = calledProcessInstance("circular", rect);
        assertThat(circular).isWaitingAt("Task_DraftCircular");
        assertThat(fx.input(circular, "Task_DraftCircular", "circularRecipients").toString())
                .contains("COUNTY_PARTY_AND_GOVERNMENT", "EDUCATION_BUREAU_PARTY_COMMITTEE");
        String draft = (String) fx.input(circular, "Task_DraftCircular", "circularText");
        assertThat(draft).contains("通报");
        fx.complete(circular, "Task_DraftCircular", "circularRecipients", List.of("COUNTY_PARTY_AND_GOVERNMENT", "EDUCATION_BUREAU_PARTY_COMMITTEE"),
                "circularText", draft + "\n特此通报。");
        fx.complete(circular, "Task_ApproveCircular", "circularDecision", "APPROVED", "circularApprovalComment", "同意印发");
        assertThat(circular).hasPassed("Task_IssueCircular", "EndEvent_CircularIssued").isEnded();
        long circularId = ((Number) fx.engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(circular.getId()).variableName("circularId").singleResult().getValue()).longValue();
        assertThat(escalation.circular(circularId).status()).isEqualTo(RecordStatus.ISSUED);
        assertThat(fx.notices.findByIdempotencyKey("circular:circular-" + circularId).orElseThrow().deliveries())
                .extracting(NoticeSummary.Delivery::email).contains("xzfb@dudao.local", "jkt@dudao.local", "jxb@dudao.local", unit);
        assertThat(fx.cases.get(caseId).rung()).isEqualTo(LadderRung.CIRCULAR);

        // 4th: accountability (问责), approved with a referral to 纪检监察
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        ProcessInstance accountability = calledProcessInstance("accountability", rect);
        assertThat(accountability).isWaitingAt("Task_ProposeAccountability");
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "privateSchool")).isEqualTo(false);
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "referral")).isEqualTo("NONE");
        fx.complete(accountability, "Task_ProposeAccountability", "accountabilityMeasure", "ADMONISHMENT",
                "accountabilityPersons", "张某（校长）\n李某（副校长）", "accountabilityReasons", "经督办、约谈、通报仍未报送整改方案。",
                "referral", "DISCIPLINE_INSPECTION");
        fx.complete(accountability, "Task_DecideAccountability", "accountabilityDecision", "APPROVED",
                "accountabilityDecisionComment", "同意");
        assertThat(accountability).hasPassed("Task_IssueAccountabilityDecision", "Task_ReferCase", "EndEvent_AccountabilityReferred").isEnded();
        long accountabilityId = ((Number) fx.engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(accountability.getId()).variableName("accountabilityId").singleResult().getValue()).longValue();
        var decided = escalation.accountability(accountabilityId);
        assertThat(decided.status()).isEqualTo(RecordStatus.DECIDED);
        assertThat(decided.published()).isTrue();
        assertThat(decided.referredAt()).isNotNull();
        assertThat(decided.persons()).extracting(EscalationService.PersonView::post).containsExactly("校长", "副校长");
        assertThat(fx.notices.findByIdempotencyKey("accountability:accountability-" + accountabilityId).orElseThrow().deliveries())
                .extracting(NoticeSummary.Delivery::email).contains(unit, department, "zzb@dudao.local", "jw@dudao.local");
        assertThat(fx.notices.findByIdempotencyKey("referral:accountability-" + accountabilityId).orElseThrow().deliveries())
                .extracting(NoticeSummary.Delivery::email).containsExactly("jw@dudao.local");
        assertThat(rect).isWaitingAt(RectificationProcess.TASK_SUBMIT_PLAN);
        assertThat(fx.cases.get(caseId).rung()).isEqualTo(LadderRung.ACCOUNTABILITY);
        assertThat(fx.rectificationOf(findingId).urgingCount()).isEqualTo(4);
        assertThat(urgings(findingId)).hasSize(4);
    }

    @Test
    void aSevereFindingOfAPrivateSchoolSkipsTheCircularAndProposesRevokingItsLicence() {
        long privateSchool = fx.school(true);
        ProcessInstance rect = fx.rectifying(privateSchool, "SEVERE");
        long findingId = fx.findingIdOf(rect);
        // SEVERE: plan in 7 days; the urging notice gives 5
        assertThat(fx.rectificationOf(findingId).planDue()).isEqualTo(fx.today().plusDays(7));
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        assertThat(fx.rectificationOf(findingId).planDue()).isEqualTo(fx.today().plusDays(5));

        // the committee does not approve the interview
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        ProcessInstance interview = calledProcessInstance("interview", rect);
        fx.complete(interview, "Task_ApproveInterview", "interviewDecision", "REJECTED", "interviewApprovalComment", "先行督办");
        assertThat(interview).hasPassed("EndEvent_InterviewNotApproved").hasNotPassed("Task_SendInterviewNotice").isEnded();
        assertThat(rect).isWaitingAt(RectificationProcess.TASK_SUBMIT_PLAN);

        // third time: accountability at once, with licence revocation proposed
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        assertThat(rect).hasNotPassed("CallActivity_Circular");
        ProcessInstance accountability = calledProcessInstance("accountability", rect);
        assertThat(accountability).variables().containsEntry("licenceRevocationProposed", true);
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "privateSchool")).isEqualTo(true);
        assertThat(fx.input(accountability, "Task_ProposeAccountability", "licenceRevocation")).isEqualTo(true);
        fx.complete(accountability, "Task_ProposeAccountability", "accountabilityMeasure", "REPLACE_HEAD",
                "accountabilityPersons", "王某（举办者代表）", "accountabilityReasons", "严重问题经督办、约谈仍未整改。",
                "referral", "NONE", "licenceRevocation", true);
        long accountabilityId = ((Number) fx.runtime.getVariable(accountability.getId(), "accountabilityId")).longValue();
        assertThat(escalation.accountability(accountabilityId).revokeLicence()).isTrue();
        fx.complete(accountability, "Task_DecideAccountability", "accountabilityDecision", "DROPPED",
                "accountabilityDecisionComment", "已开始整改，暂不问责");
        assertThat(accountability).hasPassed("EndEvent_AccountabilityDropped").isEnded();
        assertThat(escalation.accountability(accountabilityId).status()).isEqualTo(RecordStatus.REJECTED);
        assertThat(rect).isWaitingAt(RectificationProcess.TASK_SUBMIT_PLAN);
        assertThat(fx.cases.get(Long.parseLong(rect.getBusinessKey())).rung()).isEqualTo(LadderRung.ACCOUNTABILITY);
    }

    @Test
    void aLateReportIsUrgedAndTheUnitResubmitsTheReport() {
        ProcessInstance rect = fx.rectifying(fx.school, "SERIOUS");
        long findingId = fx.findingIdOf(rect);
        fx.submitPlan(rect);
        assertThat(rect).isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
        assertThat(fx.input(rect, RectificationProcess.TASK_SUBMIT_REPORT, "findingSummary").toString()).contains("整改要求");
        fx.fireTimer(rect, RectificationProcess.TIMER_REPORT_OVERDUE);
        assertThat(rect).hasPassed("Task_RecordReportOverdue", RectificationProcess.TASK_ISSUE_URGING_NOTICE)
                .isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
        assertThat(fx.rectificationOf(findingId).reportDue()).isEqualTo(fx.today().plusDays(7));
        assertThat(fx.notices.findByIdempotencyKey("urging:finding-" + findingId + ":step-1").orElseThrow().deadline())
                .isEqualTo(fx.today().plusDays(7));
        fx.submitReport(rect);
        fx.verify(rect, true);
        assertThat(rect).isEnded();
    }

    @Test
    void aFirstRejectionSendsTheReportBackAndRepeatedRejectionsClimbTheLadder() {
        ProcessInstance rect = fx.rectifying(fx.school, "GENERAL");
        long findingId = fx.findingIdOf(rect);
        long caseId = Long.parseLong(rect.getBusinessKey());
        fx.submitPlan(rect);
        fx.submitReport(rect);
        assertThat(task(rect)).hasCandidateUser(fx.lead).hasCandidateUser(fx.member);
        assertThat(fx.input(rect, RectificationProcess.TASK_VERIFY, "rectificationReport")).isEqualTo("整改报告：已经整改到位。");

        fx.verify(rect, false);
        assertThat(rect).hasPassed("Task_RecordRejection", RectificationProcess.TASK_ISSUE_URGING_NOTICE)
                .isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT).variables().containsEntry("escalationTrigger", "REJECTED");
        var once = fx.rectificationOf(findingId);
        assertThat(once.urgingCount()).isZero();
        assertThat(once.reportDue()).isEqualTo(fx.today().plusDays(15));
        assertThat(fx.cases.get(caseId).rung()).isEqualTo(LadderRung.NONE);
        NoticeSummary resubmit = fx.notices.findByIdempotencyKey("resubmit:finding-" + findingId + ":rejection-1").orElseThrow();
        assertThat(resubmit.kind()).isEqualTo(NoticeKind.VERIFICATION_RESULT);
        assertThat(resubmit.deadline()).isEqualTo(fx.today().plusDays(15));
        assertThat(urgings(findingId)).isEmpty();
        // the last report comes back prefilled (without the details the listener appended)
        assertThat(fx.input(rect, RectificationProcess.TASK_SUBMIT_REPORT, "reportText")).isEqualTo("整改报告：已经整改到位。");

        fx.submitReport(rect);
        fx.verify(rect, false);
        assertThat(rect).isWaitingAt(RectificationProcess.TASK_SUBMIT_REPORT);
        assertThat(fx.rectificationOf(findingId).urgingCount()).isEqualTo(1);
        assertThat(fx.rectificationOf(findingId).reportDue()).isEqualTo(fx.today().plusDays(7));
        assertThat(fx.cases.get(caseId).rung()).isEqualTo(LadderRung.URGING);
        assertThat(urgings(findingId)).hasSize(1);

        fx.submitReport(rect);
        fx.verify(rect, true);
        assertThat(rect).hasPassed("Task_CloseRectification").isEnded();
    }

    @Test
    void aRetriedUrgingJobIssuesNoSecondNotice() {
        ProcessInstance rect = fx.rectifying(fx.school, "GENERAL");
        long findingId = fx.findingIdOf(rect);
        fx.fireTimer(rect, RectificationProcess.TIMER_PLAN_OVERDUE);
        NoticeSummary first = fx.notices.findByIdempotencyKey("urging:finding-" + findingId + ":step-1").orElseThrow();
        int deliveries = first.deliveries().size();

        // the job runs a second time, as after a crash between the notice's commit and the job's end
        fx.runtime.createProcessInstanceModification(rect.getId()).startBeforeActivity(RectificationProcess.TASK_ISSUE_URGING_NOTICE)
                .execute();
        fx.runJobs(rect.getBusinessKey());
        assertThat(urgings(findingId)).extracting(NoticeSummary::id).containsExactly(first.id());
        assertThat(fx.notices.get(first.id()).notice().deliveries()).hasSize(deliveries);
    }

    @Test
    void theDailyDigestListsWhatIsOverdueAndTheRungThatFollows() {
        var c = fx.openCase(org.dudao.supervision.SupervisionKind.SCHOOL, org.dudao.supervision.SupervisionMode.ROUTINE, fx.school);
        ProcessInstance pi = fx.inspected(c, fx.finding(fx.school, "GENERAL"));
        fx.fedBack(pi, c, fx.today().minusDays(2));
        var overdue = fx.rectificationOf(fx.findings(c).get(0).id());
        assertThat(overdue.planDue()).isEqualTo(fx.today().minusDays(2));
        var line = digest.digestLines(fx.today()).stream().filter(l -> c.id().equals(l.caseId())).findFirst().orElseThrow();
        assertThat(line.item()).startsWith("整改方案未按期报送");
        assertThat(line.unitName()).isEqualTo(fx.organization.unit(fx.school).name());
        assertThat(line.deadline()).isEqualTo(fx.today().minusDays(2));
        assertThat(line.nextStep()).isEqualTo("督办通知");
    }

    private List<NoticeSummary> reminders(long findingId) {
        return kind(findingId, NoticeKind.DEADLINE_REMINDER);
    }

    private List<NoticeSummary> urgings(long findingId) {
        return kind(findingId, NoticeKind.URGING_NOTICE);
    }

    private List<NoticeSummary> kind(long findingId, NoticeKind kind) {
        long caseId = fx.cases.finding(findingId).caseId();
        return fx.notices.findByCase(caseId).stream().filter(n -> n.kind() == kind).toList();
    }

}
