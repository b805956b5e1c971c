package org.dudao.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.dudao.DudaoIntegrationTest;
import org.dudao.integration.UpwardPlatformStub;
import org.dudao.notification.NoticeKind;
import org.dudao.notification.NoticeSummary;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.workflow.LifecycleFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Process {@code supervision-case}: every path from opening to the upward report, driven through the engine. */
@DudaoIntegrationTest
class SupervisionCaseProcessIT {

    @Autowired ApplicationContext context;
    LifecycleFixture fx;

    @BeforeEach
    void setUp() {
        fx = new LifecycleFixture(context);
        BpmnAwareTests.init(fx.engine);
        UpwardPlatformStub.reset();
    }

    @Test
    void aComprehensiveCaseRunsFromPlanToTheUpwardReport() {
        long coSchool = fx.school(false);
        CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.COMPREHENSIVE, fx.school, coSchool);
        ProcessInstance pi = fx.instance(c);
        assertThat(pi).isWaitingAt(CaseProcess.TASK_DRAFT_PLAN).hasBusinessKey(String.valueOf(c.id()));
        assertThat(task(pi)).hasCandidateGroup("office");
        assertThat(task(pi).getName()).startsWith("制订督导方案 — ").contains(c.title());

        fx.complete(pi, CaseProcess.TASK_DRAFT_PLAN, "planScope", "教育教学、安全稳定、规范收费",
                "planChecklist", "课程开设\n安全台账\n收费公示", "teamUserIds", List.of(fx.lead, fx.member),
                "planDate", LocalDate.now().plusDays(7).toString());
        assertThat(pi).hasPassed("BusinessRuleTask_DecidePlanApproval").isWaitingAt(CaseProcess.TASK_APPROVE_PLAN)
                .variables().containsEntry(CaseProcess.COMMITTEE_APPROVAL_REQUIRED, true);
        assertThat(task(pi)).hasCandidateGroup("committee");
        assertThat(pi).variables().doesNotContainKeys("planScope", "planChecklist", "teamUserIds", "planDate");

        fx.complete(pi, CaseProcess.TASK_APPROVE_PLAN, CaseProcess.PLAN_DECISION, "APPROVED", "planApprovalComment", "同意");
        assertThat(pi).hasPassed(CaseProcess.TASK_SEND_SUPERVISION_NOTICE).isWaitingAt(CaseProcess.TASK_INSPECT_ON_SITE);
        assertThat(task(pi)).hasCandidateUser(fx.lead).hasCandidateUser(fx.member);
        assertThat(fx.cases.get(c.id()).status()).isEqualTo(CaseStatus.NOTIFIED);

        fx.complete(pi, CaseProcess.TASK_INSPECT_ON_SITE, CaseProcess.INSPECTION_OUTCOME, "FINDINGS",
                "findings", List.of(
                        Map.of("unitCode", fx.code(fx.school), "category", "SAFETY", "severity", "SEVERE",
                                "description", "消防通道堵塞", "legalBasis", "《中小学幼儿园安全管理办法》", "evidence", "现场照片 3 张"),
                        Map.of("unitCode", fx.code(coSchool), "category", "RESOURCES", "severity", "GENERAL",
                                "description", "功能室闲置", "legalBasis", "办学标准")),
                "inspectionNotes", "查看了教室、食堂和功能室");
        List<FindingView> findings = fx.findings(c);
        assertThat(findings).extracting(FindingView::severity).containsExactly(Severity.SERIOUS, Severity.MINOR);
        assertThat(findings).extracting(FindingView::category).containsExactly(FindingCategory.SAFETY, FindingCategory.RESOURCE_ALLOCATION);
        assertThat(pi).isWaitingAt(CaseProcess.TASK_DRAFT_REPORT).variables().doesNotContainKeys("findings", "inspectionNotes");

        // the committee returns the report once, then approves it as a major matter
        fx.complete(pi, CaseProcess.TASK_DRAFT_REPORT, "reportText", "督导报告初稿：发现两项问题。");
        fx.complete(pi, CaseProcess.TASK_APPROVE_REPORT, CaseProcess.REPORT_DECISION, "RETURNED", CaseProcess.MAJOR_MATTER, true,
                "reportApprovalComment", "请写明整改要求");
        assertThat(pi).isWaitingAt(CaseProcess.TASK_DRAFT_REPORT);
        assertThat(fx.cases.get(c.id()).reportComment()).isEqualTo("请写明整改要求");
        fx.complete(pi, CaseProcess.TASK_DRAFT_REPORT, "reportText", "督导报告：发现两项问题，逐项提出整改要求。");
        fx.complete(pi, CaseProcess.TASK_APPROVE_REPORT, CaseProcess.REPORT_DECISION, "APPROVED", CaseProcess.MAJOR_MATTER, true,
                "reportApprovalComment", "同意公开");
        assertThat(pi).hasPassed(CaseProcess.TASK_PUBLISH_REPORT, CaseProcess.TASK_INVITE_DISCIPLINE)
                .isWaitingAt(CaseProcess.TASK_HOLD_FEEDBACK);
        assertThat(fx.cases.get(c.id()).majorMatter()).isTrue();

        fx.complete(pi, CaseProcess.TASK_HOLD_FEEDBACK, "feedbackMethod", "MEETING", "feedbackDate", LocalDate.now().toString(),
                "feedbackParticipants", "县纪委监委、县委组织部、目标绩效办",
                "feedbackItems", List.of(
                        Map.of("findingId", findings.get(0).id(), "finding", "x", "requirement", "一周内清理消防通道",
                                "deadline", LocalDate.now().plusDays(30).toString()),
                        Map.of("findingId", findings.get(1).id(), "finding", "y", "requirement", "制定功能室使用计划")),
                "feedbackNotes", "逐项反馈");
        assertThat(pi).hasPassed(CaseProcess.TASK_SEND_FEEDBACK_NOTICE).isWaitingAt(CaseProcess.CALL_ACTIVITY_RECTIFICATION);
        assertThat(fx.cases.get(c.id()).status()).isEqualTo(CaseStatus.RECTIFYING);

        for (FindingView finding : findings) {
            ProcessInstance rect = fx.rectification(finding.id());
            assertThat(rect).isWaitingAt("Task_SubmitRectificationPlan").hasBusinessKey(String.valueOf(c.id()));
            assertThat(task(rect)).hasCandidateGroup(fx.groupOf(finding.unitId()));
            fx.complete(rect, "Task_SubmitRectificationPlan", "planText", "整改方案：明确责任人和时限。", "responsiblePerson", "王校长",
                    "plannedCompletionDate", LocalDate.now().plusDays(20).toString());
            fx.complete(rect, "Task_SubmitRectificationReport", "reportText", "整改报告：已全部整改到位。",
                    "completedDate", LocalDate.now().toString(), "evidenceDescription", "照片");
            assertThat(task(rect)).hasCandidateUser(fx.lead);
            fx.complete(rect, "Task_VerifyRectification", "verificationOutcome", "ACCEPTED", "verificationComment", "整改到位");
            assertThat(rect).isEnded().hasPassed("Task_CloseRectification", "EndEvent_Rectified");
        }
        assertThat(pi).isWaitingAt(CaseProcess.TIMER_LOOK_BACK_DUE);
        assertThat(fx.rectificationOf(findings.get(0).id()).reportDue()).isEqualTo(LocalDate.now().plusDays(30));

        fx.fireTimer(pi, CaseProcess.TIMER_LOOK_BACK_DUE);
        fx.complete(pi, CaseProcess.TASK_LOOK_BACK_REVIEW, CaseProcess.LOOK_BACK_OUTCOME, "NO_RELAPSE", "lookBackNotes", "整改成果巩固");
        assertThat(pi).isEnded().hasPassed(CaseProcess.TASK_CLOSE_CASE, CaseProcess.TASK_REPORT_UPWARD, CaseProcess.END_CASE_CLOSED);

        CaseView closed = fx.cases.get(c.id());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.upwardReportStatus()).isEqualTo(200);
        assertThat(UpwardPlatformStub.received()).hasSize(1);
        var report = UpwardPlatformStub.received().get(0);
        assertThat(report.header("Idempotency-Key")).isEqualTo("dudao-wusheng-case-" + c.id());
        assertThat(report.body()).contains("\"caseId\":" + c.id(), "消防通道堵塞", "\"severity\":\"SEVERE\"", "\"stage\":\"ACCEPTED\"");

        List<NoticeSummary> notices = fx.noticesOf(c);
        assertThat(notices).extracting(NoticeSummary::kind).contains(NoticeKind.SUPERVISION_NOTICE, NoticeKind.REPORT_PUBLICATION,
                NoticeKind.FEEDBACK_INVITATION, NoticeKind.FEEDBACK_NOTICE, NoticeKind.VERIFICATION_RESULT);
        // the supervision notice goes to each unit and its supervising department, keyed per case and unit
        NoticeSummary notice = fx.notices.findByIdempotencyKey("supervision-notice:case-" + c.id() + ":unit-" + fx.school).orElseThrow();
        assertThat(notice.kind()).isEqualTo(NoticeKind.SUPERVISION_NOTICE);
        assertThat(notice.deliveries()).extracting(NoticeSummary.Delivery::email)
                .containsExactlyInAnyOrder(LifecycleFixture.email(fx.code(fx.school)), LifecycleFixture.email(fx.code(fx.department)));
        // a major matter: 纪委监委, 组织部 and 绩效办 are invited to the feedback and copied on the feedback notice
        NoticeSummary invitation = notices.stream().filter(n -> n.kind() == NoticeKind.FEEDBACK_INVITATION).findFirst().orElseThrow();
        assertThat(invitation.deliveries()).extracting(NoticeSummary.Delivery::email)
                .containsExactlyInAnyOrder("jw@dudao.local", "zzb@dudao.local", "jxb@dudao.local");
        NoticeSummary feedback = fx.notices.findByIdempotencyKey("feedback-notice:case-" + c.id() + ":unit-" + fx.school).orElseThrow();
        assertThat(feedback.documentNumber()).isNotBlank();
        assertThat(feedback.deadline()).isEqualTo(LocalDate.now().plusDays(30));
        assertThat(feedback.deliveries()).extracting(NoticeSummary.Delivery::email).contains("jw@dudao.local");
    }

    @Test
    void aReturnedPlanComesBackPrefilledWithTheCommitteesComment() {
        CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.COMPREHENSIVE, fx.school);
        ProcessInstance pi = fx.instance(c);
        fx.complete(pi, CaseProcess.TASK_DRAFT_PLAN, "planScope", "教育教学情况", "planChecklist", "课程\n安全",
                "teamUserIds", List.of(fx.lead), "planDate", LocalDate.now().plusDays(9).toString());
        fx.complete(pi, CaseProcess.TASK_APPROVE_PLAN, CaseProcess.PLAN_DECISION, "RETURNED", "planApprovalComment", "请增加收费检查");

        assertThat(pi).hasPassed("Gateway_PlanApproved").isWaitingAt(CaseProcess.TASK_DRAFT_PLAN);
        String draft = CaseProcess.TASK_DRAFT_PLAN;
        assertThat(fx.input(pi, draft, "planScope")).isEqualTo("教育教学情况");
        assertThat(fx.input(pi, draft, "teamUserIds").toString()).contains(fx.lead);
        assertThat(fx.input(pi, draft, "planDate")).isEqualTo(LocalDate.now().plusDays(9).toString());
        assertThat((String) fx.input(pi, draft, "caseSummary")).contains("请增加收费检查");
        assertThat(fx.input(pi, draft, "inspectorOptions").toString()).contains(fx.lead, fx.member);

        fx.complete(pi, CaseProcess.TASK_DRAFT_PLAN, "planScope", "教育教学和收费情况", "planChecklist", "课程\n安全\n收费",
                "teamUserIds", List.of(fx.lead, fx.member), "planDate", LocalDate.now().plusDays(9).toString());
        // a decision never carries over: the approval task opens without the earlier RETURNED
        assertThat(fx.input(pi, CaseProcess.TASK_APPROVE_PLAN, CaseProcess.PLAN_DECISION)).isNull();
        fx.complete(pi, CaseProcess.TASK_APPROVE_PLAN, CaseProcess.PLAN_DECISION, "APPROVED");
        assertThat(pi).isWaitingAt(CaseProcess.TASK_INSPECT_ON_SITE);
        assertThat(fx.cases.get(c.id()).status()).isEqualTo(CaseStatus.NOTIFIED);
        assertThat(fx.cases.get(c.id()).team()).hasSize(2);
    }

    @Test
    void aRandomInspectionIsNotAnnouncedAndWithoutFindingsEndsInCommendation() {
        CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.RANDOM, fx.school);
        ProcessInstance pi = fx.instance(c);
        fx.complete(pi, CaseProcess.TASK_DRAFT_PLAN, "planScope", "随机抽查办学行为", "planChecklist", "课表\n收费",
                "teamUserIds", List.of(fx.member), "planDate", LocalDate.now().plusDays(2).toString());
        assertThat(pi).hasPassed("Gateway_PlanReady", "Gateway_InspectionReady")
                .hasNotPassed(CaseProcess.TASK_SEND_SUPERVISION_NOTICE, CaseProcess.TASK_APPROVE_PLAN)
                .isWaitingAt(CaseProcess.TASK_INSPECT_ON_SITE);

        fx.complete(pi, CaseProcess.TASK_INSPECT_ON_SITE, CaseProcess.INSPECTION_OUTCOME, "NO_FINDINGS", "inspectionNotes", "规范");
        assertThat(pi).hasPassed(CaseProcess.TASK_COMMEND_UNIT, CaseProcess.TASK_CLOSE_CASE,
                CaseProcess.TASK_REPORT_UPWARD).hasNotPassed(CaseProcess.TASK_DRAFT_REPORT).isEnded();
        CaseView closed = fx.cases.get(c.id());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.commendation()).contains("予以表扬");
        assertThat(closed.notifiedAt()).isNull();
        assertThat(closed.inspectionNotes()).isEqualTo("规范");

        List<NoticeSummary> notices = fx.noticesOf(c);
        assertThat(notices).extracting(NoticeSummary::kind).containsExactly(NoticeKind.COMMENDATION);
        assertThat(notices.get(0).deliveries()).extracting(NoticeSummary.Delivery::email)
                .contains(LifecycleFixture.email(fx.code(fx.school)), "zzb@dudao.local");
    }

    @Test
    void aRelapseAtTheLookBackReopensRectificationForTheRelapsedFinding() {
        CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.ROUTINE, fx.school);
        ProcessInstance pi = fx.inspected(c, fx.finding(fx.school, "SERIOUS"));
        assertThat(pi).hasPassed(CaseProcess.TASK_SEND_SUPERVISION_NOTICE);
        fx.fedBack(pi, c, LocalDate.now().plusDays(40));
        assertThat(pi).hasPassed("Gateway_MajorMatter").hasNotPassed(CaseProcess.TASK_INVITE_DISCIPLINE);
        long findingId = fx.findings(c).get(0).id();
        ProcessInstance first = fx.rectification(findingId);
        assertThat(pi).isWaitingAt(CaseProcess.CALL_ACTIVITY_RECTIFICATION);
        assertThat(calledProcessInstance(pi)).isNotNull();
        fx.submitPlan(first);
        fx.submitReport(first);
        fx.verify(first, true);
        fx.fireTimer(pi, CaseProcess.TIMER_LOOK_BACK_DUE);
        assertThat(fx.input(pi, CaseProcess.TASK_LOOK_BACK_REVIEW, "findingOptions").toString()).contains(String.valueOf(findingId));

        fx.complete(pi, CaseProcess.TASK_LOOK_BACK_REVIEW, CaseProcess.LOOK_BACK_OUTCOME, "RELAPSE",
                "relapsedFindingIds", List.of(String.valueOf(findingId)), "lookBackNotes", "问题反弹");
        assertThat(pi).hasPassed("Gateway_Relapse").isWaitingAt(CaseProcess.CALL_ACTIVITY_RECTIFICATION)
                .variables().doesNotContainKeys("relapsedFindingIds", "lookBackNotes");
        ProcessInstance second = fx.rectification(findingId);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second).isWaitingAt("Task_SubmitRectificationPlan");
        var round = fx.rectificationOf(findingId);
        assertThat(round.reopenCount()).isEqualTo(1);
        // a new round: the decision table's deadlines (SERIOUS at a school: plan 10 days, report 45), not the feedback's
        assertThat(round.planDue()).isEqualTo(fx.today().plusDays(10));
        assertThat(round.reportDue()).isEqualTo(fx.today().plusDays(45));
        assertThat(fx.cases.get(c.id()).status()).isEqualTo(CaseStatus.RECTIFYING);

        fx.submitPlan(second);
        fx.submitReport(second);
        fx.verify(second, true);
        assertThat(fx.notices.findByIdempotencyKey("verification:finding-" + findingId + ":accepted:round-1")).isPresent();
        fx.fireTimer(pi, CaseProcess.TIMER_LOOK_BACK_DUE);
        fx.complete(pi, CaseProcess.TASK_LOOK_BACK_REVIEW, CaseProcess.LOOK_BACK_OUTCOME, "NO_RELAPSE", "lookBackNotes", "巩固");
        assertThat(pi).hasPassed(CaseProcess.TASK_CLOSE_CASE).isEnded();
        assertThat(fx.cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void theTasklistStartFormOpensTheCaseAndNamesTheInstanceAfterIt() {
        long co1 = fx.school(false);
        long co2 = fx.school(true);
        String title = "立案表单发起 " + fx.run;
        var definition = fx.engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
                .latestVersion().singleResult();
        ProcessInstance pi = fx.engine.getFormService().submitStartForm(definition.getId(), LifecycleFixture.vars(
                "title", title, "kind", "SCHOOL", "mode", "SPECIAL", "leadUnitCode", fx.code(fx.school).toLowerCase(),
                "coUnitCodes", fx.code(co1) + "、" + fx.code(co2), "scheduledDate", LocalDate.now().plusDays(12).toString(),
                "majorMatter", true));
        assertThat(pi).isWaitingAt(CaseProcess.TASK_DRAFT_PLAN).variables()
                .doesNotContainKeys("title", "kind", "mode", "leadUnitCode", "coUnitCodes", "scheduledDate", "majorMatter")
                .containsKey(CaseProcess.CASE_ID);
        long caseId = ((Number) fx.runtime.getVariable(pi.getId(), CaseProcess.CASE_ID)).longValue();
        assertThat(fx.runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
                .isEqualTo(String.valueOf(caseId));
        CaseView c = fx.cases.get(caseId);
        assertThat(c.title()).isEqualTo(title);
        assertThat(c.targets()).hasSize(3);
        assertThat(c.majorMatter()).isTrue();
        assertThat(c.processInstanceId()).isEqualTo(pi.getId());
    }

    @Test
    void aWrongStartFormIsRefusedWithItsReasonAndLeavesNothingBehind() {
        String title = "错误的立案 " + fx.run;
        long instances = fx.runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.runtime.startProcessInstanceByKey(CaseProcess.KEY,
                        LifecycleFixture.vars("title", title, "kind", "SCHOOL", "mode", "ROUTINE", "leadUnitCode", "NO-SUCH-UNIT",
                                "scheduledDate", LocalDate.now().plusDays(3).toString())))
                .hasMessageContaining("没有这个单位代码");
        assertThat(fx.runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count()).isEqualTo(instances);
        assertThat(fx.cases.query(new SupervisionCaseService.CaseQuery(null, null, null, null, null, null, null, null, title,
                null, null, null), org.springframework.data.domain.PageRequest.of(0, 5)).getTotalElements()).isZero();
    }
}
