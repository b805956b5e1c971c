package org.dudao.faults;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dudao.Api;
import org.dudao.Http;

/**
 * Creates the load of the fault tests the way the office works: through the app's public paths,
 * {@code POST /api/cases} and the engine REST API as the demo users (office1 plans and feeds back,
 * inspector1 inspects and reports, committee1 approves), while the nodes' job executors run every
 * async step. Each case targets several schools with several findings each; the feedback gives every finding
 * the same deadline, so that many rectification deadlines pass at one moment. Real process instances,
 * real timers, real notices in the outbox.
 */
final class EscalationLoad {

    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    static final String PLAN_OVERDUE_TIMER = "Timer_PlanOverdue";
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);

    private final Http http;
    private final FaultDatabase database;
    private final int unitsPerCase;
    private final int findingsPerUnit;
    private final List<Long> caseIds = Collections.synchronizedList(new ArrayList<>());

    EscalationLoad(AppNode node, FaultDatabase database, FaultForm form) {
        this.http = node.http;
        this.database = database;
        this.unitsPerCase = form.unitsPerCase();
        this.findingsPerUnit = form.findingsPerUnit();
    }

    static LocalDate countyToday() {
        return LocalDate.now(COUNTY);
    }

    /** The cases opened so far, as an SQL list for {@code in (...)}. */
    String caseIdList() {
        synchronized (caseIds) {
            return caseIds.isEmpty() ? "-1" : String.join(",", caseIds.stream().map(String::valueOf).toList());
        }
    }

    int findingsPerCase() {
        return unitsPerCase * findingsPerUnit;
    }

    /**
     * Opens cases until at least {@code findings} findings are in rectification with the feedback
     * deadline {@code deadline}, three cases at a time; returns when every rectification waits for its plan.
     */
    void seed(int findings, LocalDate deadline) throws Exception {
        List<Long> schools = schools();
        int cases = (findings + findingsPerCase() - 1) / findingsPerCase();
        ExecutorService office = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> opened = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                int number = i;
                List<Long> units = new ArrayList<>();
                for (int u = 0; u < unitsPerCase; u++) {
                    units.add(schools.get((number * unitsPerCase + u) % schools.size()));
                }
                opened.add(office.submit(() -> {
                    openAndFeedBack(number, units, deadline);
                    return null;
                }));
            }
            for (Future<?> future : opened) {
                future.get();
            }
        } finally {
            office.shutdownNow();
        }
        awaitCount("rectifications waiting for their plan", findings(),
                "select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                        + " where t.TASK_DEF_KEY_ = 'Task_SubmitRectificationPlan' and p.BUSINESS_KEY_ in (" + quotedCaseIds() + ")");
    }

    long findings() {
        return (long) caseIds.size() * findingsPerCase();
    }

    /**
     * Suspends the job definition of the plan-overdue timer (as an operator can in Cockpit): timers
     * created meanwhile wait, suspended, however overdue they are.
     */
    void holdOverdueTimers() throws Exception {
        setOverdueTimersSuspended(true);
    }

    /** Activates the held timers all at once: every overdue deadline is due in the same moment. */
    void releaseOverdueTimers() throws Exception {
        setOverdueTimersSuspended(false);
    }

    private void setOverdueTimersSuspended(boolean suspended) throws Exception {
        HttpResponse<String> definitions = http.getAs("demo", "/engine-rest/job-definition?processDefinitionKey=rectification"
                + "&activityIdIn=" + PLAN_OVERDUE_TIMER);
        expect(definitions, 200);
        for (JsonNode definition : Api.JSON.readTree(definitions.body())) {
            HttpResponse<String> changed = http.send(http.request("/engine-rest/job-definition/" + definition.get("id").asText()
                            + "/suspended")
                    .header("Authorization", Http.basic("demo", "demo")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("suspended", suspended,
                            "includeJobs", true)))).build());
            expect(changed, 204);
        }
    }

    private void openAndFeedBack(int number, List<Long> units, LocalDate deadline) throws Exception {
        LocalDate today = countyToday();
        HttpResponse<String> opened = http.postJson("office1", "/api/cases", Api.json(Map.of("kind", "SCHOOL",
                "mode", "ROUTINE", "title", "故障测试督导 " + number, "scheduledOn", today.toString(),
                "leadUnitId", units.get(0), "coUnitIds", units.subList(1, units.size()))));
        expect(opened, 201);
        long caseId = Api.JSON.readTree(opened.body()).get("id").asLong();
        caseIds.add(caseId);
        String key = String.valueOf(caseId);

        submit("office1", awaitTask("office1", key, "Task_DraftPlan"), Map.of("planScope", text("办学行为与安全"),
                "planChecklist", text("查阅台账\n走访课堂"), "teamUserIds", json("[\"inspector1\"]"), "planDate", text(today.toString())));
        // the plan-approval decision sends plans that reach many units to the committee
        JsonNode next = awaitTask("demo", key, "Task_ApprovePlan", "Task_InspectOnSite");
        if (next.get("taskDefinitionKey").asText().equals("Task_ApprovePlan")) {
            submit("committee1", next, Map.of("planDecision", text("APPROVED"), "planApprovalComment", text("同意")));
        }

        List<Map<String, Object>> findings = new ArrayList<>();
        for (String code : unitCodes(units)) {
            for (int f = 0; f < findingsPerUnit; f++) {
                findings.add(Map.of("unitCode", code, "category", "SAFETY", "severity", "GENERAL",
                        "description", "安全台账缺项 " + (f + 1), "legalBasis", "《中小学幼儿园安全管理办法》"));
            }
        }
        submit("inspector1", awaitTask("inspector1", key, "Task_InspectOnSite"), Map.of("inspectionOutcome", text("FINDINGS"),
                "findings", json(Api.json(findings)), "inspectionNotes", text("逐项检查")));
        submit("inspector1", awaitTask("inspector1", key, "Task_DraftReport"), Map.of("reportText", text("督导报告：逐项提出整改要求。")));
        submit("committee1", awaitTask("committee1", key, "Task_ApproveReport"), Map.of("reportDecision", text("APPROVED"),
                "majorMatter", typed(false, "Boolean"), "reportApprovalComment", text("同意")));

        JsonNode feedback = awaitTask("office1", key, "Task_HoldFeedback");
        HttpResponse<String> form = http.getAs("office1", "/engine-rest/task/" + feedback.get("id").asText()
                + "/form-variables?deserializeValues=false");
        expect(form, 200);
        ArrayNode items = (ArrayNode) Api.JSON.readTree(Api.JSON.readTree(form.body()).get("feedbackItems").get("value").asText());
        for (JsonNode item : items) {
            ((ObjectNode) item).put("requirement", "按期整改").put("deadline", deadline.toString());
        }
        submit("office1", feedback, Map.of("feedbackMethod", text("WRITTEN_NOTICE"), "feedbackDate", text(today.toString()),
                "feedbackItems", json(items.toString())));
    }

    private List<String> unitCodes(List<Long> units) throws Exception {
        List<String> codes = new ArrayList<>();
        for (long unit : units) {
            HttpResponse<String> response = http.getAs("office1", "/api/units/" + unit);
            expect(response, 200);
            codes.add(Api.JSON.readTree(response.body()).get("code").asText());
        }
        return codes;
    }

    private List<Long> schools() {
        List<Long> schools = new ArrayList<>();
        database.counts("select id, id from org_unit where kind = 'SCHOOL' order by id")
                .keySet().forEach(id -> schools.add(Long.parseLong(id)));
        if (schools.size() < unitsPerCase) {
            throw new IllegalStateException("the demo registry has no schools; was the first node started with demo data?");
        }
        return schools;
    }

    /** Waits for a task (any of {@code taskKeys}) the job executor brings about after the previous step. */
    private JsonNode awaitTask(String user, String businessKey, String... taskKeys) throws Exception {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.getAs(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                    + "&taskDefinitionKeyIn=" + String.join(",", taskKeys));
            expect(response, 200);
            JsonNode tasks = Api.JSON.readTree(response.body());
            if (!tasks.isEmpty()) {
                return tasks.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("case " + businessKey + " did not reach " + String.join(" or ", taskKeys) + " within " + STEP_TIMEOUT);
    }

    private void submit(String user, JsonNode task, Map<String, Map<String, Object>> values) {
        String id = task.get("id").asText();
        expect(http.postJson(user, "/engine-rest/task/" + id + "/claim", Api.json(Map.of("userId", user))), 204);
        expect(http.postJson(user, "/engine-rest/task/" + id + "/submit-form", Api.json(Map.of("variables", values))), 204);
    }

    void awaitCount(String what, long expected, String sql) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        long seen = -1;
        while (Instant.now().isBefore(deadline)) {
            seen = database.count(sql);
            if (seen >= expected) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(what + ": " + seen + " of " + expected + " after 5 minutes");
    }

    String quotedCaseIds() {
        synchronized (caseIds) {
            return caseIds.isEmpty() ? "'-1'" : String.join(",", caseIds.stream().map(id -> "'" + id + "'").toList());
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static Map<String, Object> text(String value) {
        return typed(value, "String");
    }

    private static Map<String, Object> json(String value) {
        return typed(value, "Json");
    }

    private static Map<String, Object> typed(Object value, String type) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        typed.put("type", type);
        return typed;
    }
}
