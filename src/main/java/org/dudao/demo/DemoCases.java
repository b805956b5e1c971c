package org.dudao.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.dudao.organization.OrganizationService;
import org.dudao.supervision.CaseOpener;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.SupervisionCaseService.CaseQuery;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.supervision.SupervisionCaseService.NewCase;
import org.dudao.supervision.SupervisionKind;
import org.dudao.supervision.SupervisionMode;
import org.dudao.workflow.CountyCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases at different stages, so every demo user finds work in the Tasklist and Cockpit shows running
 * processes at once. Each is a real process instance driven through the engine as the demo users would —
 * tasks completed with form variables, async steps executed — in one transaction per case, and only into a
 * database without cases. One case's rectification deadline has already passed: right after start-up the
 * job executor fires its overdue timer, the ladder decides on an urging notice and the notice goes out.
 */
@Component
class DemoCases {

    static final String OVERDUE_TITLE = "上学期常规督导（整改逾期）";
    private static final String UPWARD_REPORT = "Task_ReportUpward";

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseOpener opener;
    private final SupervisionCaseService cases;
    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final CountyCalendar calendar;
    private final TransactionTemplate transaction;

    DemoCases(CaseOpener opener, SupervisionCaseService cases, OrganizationService organization, ProcessEngine engine,
              CountyCalendar calendar, PlatformTransactionManager transactionManager) {
        this.opener = opener;
        this.cases = cases;
        this.organization = organization;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Seeds the demo cases unless any case exists; a case that fails to seed is left out (logged), the others stay. */
    void seed() {
        if (cases.query(CaseQuery.all(), PageRequest.of(0, 1)).getTotalElements() > 0) {
            log.info("Cases exist; no demo cases seeded");
            return;
        }
        LocalDate today = calendar.today();
        seed("planning", () -> planning(today));
        seed("awaiting plan approval", () -> awaitingApproval(today));
        seed("inspection", () -> inspection(today));
        seed("rectification", () -> rectification(today));
        seed("overdue", () -> overdue(today));
        seed("commended", () -> commended(today));
        log.info("Seeded the demo cases");
    }

    private void seed(String name, Runnable scenario) {
        try {
            transaction.executeWithoutResult(status -> scenario.run());
        } catch (RuntimeException e) {
            log.warn("Demo case '{}' was not seeded: {}", name, e.getMessage(), e);
        }
    }

    // ---- the cases ----

    /** 沿口镇第二小学: a routine case the office still has to plan (office1). */
    private void planning(LocalDate today) {
        open(SupervisionKind.SCHOOL, SupervisionMode.ROUTINE, "秋季学期常规督导", today.plusDays(21), "SCH-YK2X");
    }

    /** 武胜县第一中学: a comprehensive plan waiting for the committee (committee1). */
    private void awaitingApproval(LocalDate today) {
        ProcessInstance pi = open(SupervisionKind.SCHOOL, SupervisionMode.COMPREHENSIVE, "学年综合督导", today.plusDays(30), "SCH-WS1Z");
        plan(pi, today.plusDays(30), "inspector1", "inspector2");
    }

    /** 沿口镇第一小学: announced special supervision, the team is to inspect (inspector1). */
    private void inspection(LocalDate today) {
        ProcessInstance pi = open(SupervisionKind.SCHOOL, SupervisionMode.SPECIAL, "课后服务与教育收费专项督导", today.plusDays(3), "SCH-YK1X");
        plan(pi, today.plusDays(3), "inspector1");
    }

    /**
     * 三溪镇中心小学, 沿口镇 and 卫生健康局: evaluation and monitoring with one finding each, fed back — the three
     * liaisons (liaison-sanxi, liaison-yankou, liaison-health) have plans to submit; the health bureau's report
     * waits for inspector1's verification.
     */
    private void rectification(LocalDate today) {
        ProcessInstance pi = open(SupervisionKind.MONITORING, SupervisionMode.ROUTINE, "义务教育质量评估监测结果运用督导",
                today.minusDays(20), "SCH-SXXX", "TS-YANKOU", "DEPT-HEALTH");
        plan(pi, today.minusDays(20), "inspector1");
        inspect(pi, List.of(
                finding("SCH-SXXX", "SAFETY", "SERIOUS", "校园消防通道堆放杂物，部分灭火器过期", "《中小学幼儿园安全管理办法》第十八条"),
                finding("TS-YANKOU", "EDUCATION_DUTY", "GENERAL", "义务教育阶段控辍保学台账更新不及时", "《义务教育法》第十三条"),
                finding("DEPT-HEALTH", "OTHER", "GENERAL", "学校卫生监督检查覆盖不全", "《学校卫生工作条例》第二十八条")));
        report(pi);
        feedback(pi, today.minusDays(10), today.plusDays(45));
        long health = findingOf(pi, "DEPT-HEALTH");
        ProcessInstance rect = rectificationOf(health);
        complete(rect, "Task_SubmitRectificationPlan", "liaison-health",
                "planText", "制定学校卫生监督检查全覆盖方案，分片包干到人。", "responsiblePerson", "彭小琴",
                "plannedCompletionDate", today.plusDays(20).toString());
        complete(rect, "Task_SubmitRectificationReport", "liaison-health",
                "reportText", "已完成全县 36 所学校卫生监督检查，问题已反馈学校整改。", "completedDate", today.toString(),
                "evidenceDescription", "检查记录表 36 份");
    }

    /**
     * 三溪镇中心小学: fed back a month ago with a deadline three days past and no plan — right after start-up the
     * overdue timer fires, the decision table decides on an urging notice (督办通知), and it goes out.
     */
    private void overdue(LocalDate today) {
        ProcessInstance pi = open(SupervisionKind.SCHOOL, SupervisionMode.ROUTINE, OVERDUE_TITLE, today.minusDays(40), "SCH-SXXX");
        plan(pi, today.minusDays(40), "inspector1");
        inspect(pi, List.of(finding("SCH-SXXX", "FEES", "SERIOUS", "课后服务收费未经公示", "《关于规范中小学服务性收费和代收费管理的通知》")));
        report(pi);
        feedback(pi, today.minusDays(30), today.minusDays(3));
    }

    /** 沿口镇中心幼儿园: an unannounced random inspection without findings, commended and closed (reported upward). */
    private void commended(LocalDate today) {
        ProcessInstance pi = open(SupervisionKind.SCHOOL, SupervisionMode.RANDOM, "随机督导（保育教育）", today.minusDays(5), "SCH-YKZY");
        plan(pi, today.minusDays(5), "inspector2");
        complete(pi, "Task_InspectOnSite", "inspector2", "inspectionOutcome", "NO_FINDINGS",
                "inspectionNotes", "保育教育规范，安全台账齐全。");
    }

    // ---- steps, as the demo users take them ----

    private ProcessInstance open(SupervisionKind kind, SupervisionMode mode, String title, LocalDate on, String lead, String... co) {
        List<Long> coUnits = new ArrayList<>();
        for (String code : co) {
            coUnits.add(unitId(code));
        }
        long caseId = opener.open(new NewCase(kind, mode, null, title, on, unitId(lead), coUnits, null, null, null, null, false)).id();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey("supervision-case").singleResult();
    }

    private void plan(ProcessInstance pi, LocalDate on, String... team) {
        complete(pi, "Task_DraftPlan", "office1", "planScope", "办学行为、教育教学、安全稳定和规范收费",
                "planChecklist", "查阅制度和台账\n走访课堂\n座谈师生和家长\n查看校园安全设施", "teamUserIds", List.of(team),
                "planDate", on.toString());
    }

    private void inspect(ProcessInstance pi, List<Map<String, Object>> findings) {
        complete(pi, "Task_InspectOnSite", "inspector1", "inspectionOutcome", "FINDINGS", "findings", findings,
                "inspectionNotes", "按督导清单逐项查看，与校长、教师座谈。");
    }

    private void report(ProcessInstance pi) {
        complete(pi, "Task_DraftReport", "inspector1", "reportText",
                "督导组按方案开展督导，逐项核查，发现问题如下，已逐项提出整改要求。");
        complete(pi, "Task_ApproveReport", "committee1", "reportDecision", "APPROVED",
                "majorMatter", false, "reportApprovalComment", "同意公开");
    }

    private void feedback(ProcessInstance pi, LocalDate on, LocalDate deadline) {
        long caseId = Long.parseLong(pi.getBusinessKey());
        List<Map<String, Object>> items = new ArrayList<>();
        for (FindingView f : cases.findings(caseId)) {
            Map<String, Object> item = new HashMap<>();
            item.put("findingId", f.id());
            item.put("finding", f.description());
            item.put("requirement", "立即整改，建立长效机制，按期报送整改方案和整改报告。");
            item.put("deadline", deadline.toString());
            items.add(item);
        }
        complete(pi, "Task_HoldFeedback", "office1", "feedbackMethod", "WRITTEN_NOTICE",
                "feedbackDate", on.toString(), "feedbackItems", items, "feedbackNotes", "书面反馈，逐项提出整改要求。");
    }

    private static Map<String, Object> finding(String unitCode, String category, String severity, String description, String basis) {
        return Map.of("unitCode", unitCode, "category", category, "severity", severity, "description", description,
                "legalBasis", basis);
    }

    /** Completes a task as its assignee — the demo user who works it — then runs the async steps that follow. */
    private void complete(ProcessInstance pi, String taskKey, String user, Object... nameValues) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("demo case " + pi.getBusinessKey() + " is not at " + taskKey);
        }
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            variables.put((String) nameValues[i], value instanceof List<?> list ? Spin.JSON(list) : value);
        }
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
        runJobs(pi.getBusinessKey());
    }

    /** Executes the case's async continuations (not timers, not the upward report — the job executor sends that). */
    private void runJobs(String businessKey) {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = new ArrayList<>();
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
                List<String> upward = management.createJobQuery().processInstanceId(instance.getId()).activityId(UPWARD_REPORT)
                        .list().stream().map(Job::getId).toList();
                management.createJobQuery().processInstanceId(instance.getId()).messages().list().stream()
                        .filter(job -> !upward.contains(job.getId())).forEach(jobs::add);
            }
            if (jobs.isEmpty()) {
                return;
            }
            management.executeJob(jobs.get(0).getId());
        }
        throw new IllegalStateException("demo case " + businessKey + " keeps creating jobs");
    }

    private long findingOf(ProcessInstance pi, String unitCode) {
        long unitId = unitId(unitCode);
        return cases.findings(Long.parseLong(pi.getBusinessKey())).stream().filter(f -> f.unitId() == unitId)
                .findFirst().orElseThrow().id();
    }

    private ProcessInstance rectificationOf(long findingId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("rectification")
                .variableValueEquals("findingId", findingId).singleResult();
    }

    private long unitId(String code) {
        return organization.unitByCode(code).orElseThrow(() -> new IllegalStateException("no demo unit " + code)).id();
    }
}
