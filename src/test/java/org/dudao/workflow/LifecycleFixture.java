package org.dudao.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.dudao.inspector.DutyKind;
import org.dudao.inspector.Employment;
import org.dudao.inspector.InspectorService;
import org.dudao.inspector.InspectorService.NewInspector;
import org.dudao.notification.NoticeService;
import org.dudao.notification.NoticeSummary;
import org.dudao.organization.OrganizationService;
import org.dudao.organization.OrganizationService.ContactDetails;
import org.dudao.organization.OrganizationService.NewUnit;
import org.dudao.organization.Ownership;
import org.dudao.organization.SchoolKind;
import org.dudao.organization.UnitKind;
import org.dudao.rectification.RectificationService;
import org.dudao.rectification.RectificationService.RectificationView;
import org.dudao.supervision.CaseOpener;
import org.dudao.supervision.SupervisionCaseService;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionCaseService.FindingView;
import org.dudao.supervision.SupervisionCaseService.NewCase;
import org.dudao.supervision.SupervisionKind;
import org.dudao.supervision.SupervisionMode;
import org.springframework.context.ApplicationContext;

/**
 * Test data and engine driving for the process tests: units with contacts (so notices have recipients),
 * inspectors with logins, cases opened as the API opens them, tasks completed with the variables the
 * Tasklist would submit, async continuations and timers executed as jobs (the job executor is off).
 */
public final class LifecycleFixture {

    public final ProcessEngine engine;
    public final RuntimeService runtime;
    public final TaskService tasks;
    public final ManagementService management;
    public final OrganizationService organization;
    public final InspectorService inspectors;
    public final SupervisionCaseService cases;
    public final RectificationService rectifications;
    public final NoticeService notices;
    private final CaseOpener opener;
    private final CountyCalendar calendar;
    /** Unique per fixture, so tests never see each other's units and users. */
    public final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    public final long department;
    public final long township;
    public final long school;
    public final String lead;
    public final String member;

    public LifecycleFixture(ApplicationContext context) {
        engine = context.getBean(ProcessEngine.class);
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
        organization = context.getBean(OrganizationService.class);
        inspectors = context.getBean(InspectorService.class);
        cases = context.getBean(SupervisionCaseService.class);
        rectifications = context.getBean(RectificationService.class);
        notices = context.getBean(NoticeService.class);
        opener = context.getBean(CaseOpener.class);
        calendar = context.getBean(CountyCalendar.class);
        department = unit("DEPT", "测试教育局", UnitKind.DEPARTMENT, null, null, null);
        township = unit("TS", "测试镇", UnitKind.TOWNSHIP, null, null, null);
        school = school(false);
        lead = inspector("组长", DutyKind.SCHOOL);
        member = inspector("组员", DutyKind.SCHOOL);
    }

    /** Today in the county, the day deadlines count from. */
    public LocalDate today() {
        return calendar.today();
    }

    // ---- registry ----

    public long school(boolean privateSchool) {
        return unit("SCH", privateSchool ? "测试民办学校" : "测试学校", UnitKind.SCHOOL, SchoolKind.JUNIOR,
                privateSchool ? Ownership.PRIVATE : Ownership.PUBLIC, privateSchool ? "教民" + run : null);
    }

    private long unit(String prefix, String name, UnitKind kind, SchoolKind schoolKind, Ownership ownership, String licence) {
        String code = prefix + "-" + run + "-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        long id = organization.create(new NewUnit(code, name + code, kind, false, kind == UnitKind.SCHOOL ? township : null,
                schoolKind, ownership, kind == UnitKind.SCHOOL ? 800 : null, licence,
                kind == UnitKind.SCHOOL ? department : null, null)).id();
        organization.addContact(id, new ContactDetails("联络员" + code, "联络员", email(code), null, null, true));
        return id;
    }

    public String code(long unitId) {
        return organization.unit(unitId).code();
    }

    public String groupOf(long unitId) {
        return OrganizationService.groupIdOf(code(unitId));
    }

    public static String email(String code) {
        return code.toLowerCase(Locale.ROOT) + "@dudao.test";
    }

    public String inspector(String name, DutyKind duty) {
        String userId = "insp-" + run.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 4);
        inspectors.create(new NewInspector(name + run, userId, Employment.FULL_TIME, duty, null, null, false, List.of(), null,
                LocalDate.now().minusYears(1), null));
        return userId;
    }

    // ---- cases ----

    public CaseView openCase(SupervisionKind kind, SupervisionMode mode, long leadUnit, Long... coUnits) {
        return opener.open(new NewCase(kind, mode, null, "测试督导" + run, LocalDate.now().plusDays(10), leadUnit,
                Arrays.asList(coUnits), null, null, null, null, false));
    }

    public ProcessInstance instance(CaseView c) {
        return runtime.createProcessInstanceQuery().processInstanceId(cases.get(c.id()).processInstanceId()).singleResult();
    }

    /** The rectification process of a finding (the latest, after a relapse). */
    public ProcessInstance rectification(long findingId) {
        List<ProcessInstance> found = runtime.createProcessInstanceQuery().processDefinitionKey("rectification")
                .variableValueEquals("findingId", findingId).list();
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    public List<FindingView> findings(CaseView c) {
        return cases.findings(c.id());
    }

    public RectificationView rectificationOf(long findingId) {
        return rectifications.forFinding(findingId);
    }

    // ---- driving the engine ----

    public Task task(ProcessInstance instance, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new AssertionError("no task " + taskKey + " in " + instance.getProcessDefinitionId());
        }
        return task;
    }

    /** Completes the task with the form's variables (lists as Spin JSON, as the Tasklist submits them), then runs the jobs that follow. */
    public void complete(ProcessInstance instance, String taskKey, Object... nameValues) {
        Task task = task(instance, taskKey);
        tasks.complete(task.getId(), vars(nameValues));
        runJobs(instance.getBusinessKey());
    }

    /** A value the task's input mapping put on its activity (display data, prefills, decisions). */
    public Object input(ProcessInstance instance, String taskKey, String name) {
        return runtime.getVariableLocal(task(instance, taskKey).getExecutionId(), name);
    }

    public static Map<String, Object> vars(Object... nameValues) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            vars.put((String) nameValues[i], value instanceof List<?> list ? Spin.JSON(list) : value);
        }
        return vars;
    }

    /** Executes every async continuation of the case's process instances (not timers) until none is left. */
    public void runJobs(String businessKey) {
        for (int round = 0; round < 200; round++) {
            List<Job> jobs = new ArrayList<>();
            for (ProcessInstance pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
                jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).messages().withRetriesLeft().list());
            }
            if (jobs.isEmpty()) {
                return;
            }
            management.executeJob(jobs.get(0).getId());
        }
        throw new AssertionError("jobs keep coming for case " + businessKey);
    }

    /** Fires a timer (a boundary or intermediate timer event) by executing its job, then runs what follows. */
    public void fireTimer(ProcessInstance instance, String timerId) {
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(timerId).singleResult();
        if (timer == null) {
            throw new AssertionError("no timer " + timerId + " waiting in " + instance.getId());
        }
        management.executeJob(timer.getId());
        runJobs(instance.getBusinessKey());
    }

    // ---- shortcuts through the case process ----

    /** A routine case (no committee) planned with the fixture's team and inspected with these findings (form maps). */
    @SafeVarargs
    public final ProcessInstance inspected(CaseView c, Map<String, Object>... findings) {
        ProcessInstance pi = instance(c);
        complete(pi, "Task_DraftPlan", "planScope", "督导范围：教育教学", "planChecklist", "清单一\n清单二",
                "teamUserIds", List.of(lead, member), "planDate", LocalDate.now().plusDays(5).toString());
        if (tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ApprovePlan").count() > 0) {
            complete(pi, "Task_ApprovePlan", "planDecision", "APPROVED");
        }
        if (findings.length == 0) {
            complete(pi, "Task_InspectOnSite", "inspectionOutcome", "NO_FINDINGS");
        } else {
            complete(pi, "Task_InspectOnSite", "inspectionOutcome", "FINDINGS", "findings", List.of(findings));
        }
        return pi;
    }

    public Map<String, Object> finding(long unitId, String severity) {
        return Map.of("unitCode", code(unitId), "category", "SAFETY", "severity", severity,
                "description", "问题描述" + UUID.randomUUID().toString().substring(0, 4), "legalBasis", "依据");
    }

    /** Report approved (not a major matter) and feedback held: the findings' rectifications have started. */
    public void fedBack(ProcessInstance pi, CaseView c, LocalDate deadline) {
        complete(pi, "Task_DraftReport", "reportText", "督导报告正文，逐项列出问题。");
        complete(pi, "Task_ApproveReport", "reportDecision", "APPROVED", "majorMatter", false);
        List<Map<String, Object>> items = new ArrayList<>();
        for (FindingView f : findings(c)) {
            Map<String, Object> item = new HashMap<>();
            item.put("findingId", f.id());
            item.put("finding", f.description());
            item.put("requirement", "按要求整改");
            item.put("deadline", deadline == null ? null : deadline.toString());
            items.add(item);
        }
        complete(pi, "Task_HoldFeedback", "feedbackMethod", "WRITTEN_NOTICE", "feedbackDate", LocalDate.now().toString(),
                "feedbackItems", items);
    }

    /** A case of one finding at {@code unit}, fed back: returns the finding's rectification process, at its plan task. */
    public ProcessInstance rectifying(long unit, String severity) {
        CaseView c = openCase(SupervisionKind.SCHOOL, SupervisionMode.ROUTINE, unit);
        ProcessInstance pi = inspected(c, finding(unit, severity));
        fedBack(pi, c, null);
        return rectification(findings(c).get(0).id());
    }

    public void submitPlan(ProcessInstance rect) {
        complete(rect, "Task_SubmitRectificationPlan", "planText", "整改方案：逐项落实责任。", "responsiblePerson", "责任人",
                "plannedCompletionDate", LocalDate.now().plusDays(10).toString());
    }

    public void submitReport(ProcessInstance rect) {
        complete(rect, "Task_SubmitRectificationReport", "reportText", "整改报告：已经整改到位。", "completedDate",
                LocalDate.now().toString());
    }

    public void verify(ProcessInstance rect, boolean accepted) {
        complete(rect, "Task_VerifyRectification", "verificationOutcome", accepted ? "ACCEPTED" : "REJECTED",
                "verificationComment", accepted ? "整改到位" : "整改不到位，佐证不足");
    }

    public long findingIdOf(ProcessInstance rect) {
        return ((Number) runtime.getVariable(rect.getId(), "findingId")).longValue();
    }

    public List<NoticeSummary> noticesOf(CaseView c) {
        return notices.findByCase(c.id());
    }
}
