package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dudao.Api;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.dudao.supervision.CaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * One case end to end through the engine REST API as the demo users work it in the Tasklist: office1 opens
 * the case (POST /api/cases, which starts the process) and plans it, inspector1 inspects and drafts, committee1
 * approves, office1 feeds back, liaison-sanxi of 三溪镇中心小学 submits plan and report, inspector1 verifies and
 * looks back. Each reads the form variables and submits the form with the types the Tasklist uses (Json for
 * lists); each sees only the tasks of its group or name. What the engine does alone — async steps and the
 * look-back timer — the test does in its stead (the job executor is off).
 */
@DudaoIntegrationTest
class EngineRestScenarioIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    LifecycleFixture fx;
    Http http;

    @BeforeEach
    void setUp() {
        fx = new LifecycleFixture(context);
        http = new Http(port);
    }

    @Test
    void theDemoUsersWorkACaseFromOpeningToTheUpwardReport() throws Exception {
        long school = fx.organization.unitByCode("SCH-SXXX").orElseThrow().id();
        Api office = new Api(port, "office1");
        var opened = office.post("/api/cases", Map.of("kind", "SCHOOL", "mode", "ROUTINE", "title", "接口场景督导 " + fx.run,
                "scheduledOn", fx.today().plusDays(3).toString(), "leadUnitId", school)).expect(201);
        String key = String.valueOf(opened.id());
        assertThat(opened.get("processInstanceId").asText()).isNotBlank();

        // office1 plans it
        JsonNode plan = onlyTask("office1", key);
        assertThat(plan.get("taskDefinitionKey").asText()).isEqualTo("Task_DraftPlan");
        JsonNode form = formVariables("office1", plan);
        assertThat(form.get("caseSummary").get("value").asText()).contains("接口场景督导");
        assertThat(form.get("inspectorOptions").get("type").asText()).isEqualTo("Json");
        assertThat(form.get("inspectorOptions").get("value").asText()).contains("inspector1");
        claim("office1", plan);
        submit("office1", plan, Map.of("planScope", text("教育教学与校园安全"), "planChecklist", text("课程开设\n安全台账"),
                "teamUserIds", json("[\"inspector1\"]"), "planDate", text(fx.today().plusDays(3).toString())));
        fx.runJobs(key);

        // inspector1 inspects; an empty list of findings is refused with the reason
        JsonNode inspect = onlyTask("inspector1", key);
        assertThat(inspect.get("taskDefinitionKey").asText()).isEqualTo("Task_InspectOnSite");
        assertThat(formVariables("inspector1", inspect).get("unitOptions").get("value").asText()).contains("SCH-SXXX");
        HttpResponse<String> refused = post("inspector1", "/engine-rest/task/" + inspect.get("id").asText() + "/submit-form",
                variables(Map.of("inspectionOutcome", text("FINDINGS"), "findings", json("[]"))));
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.body()).contains("至少一条问题");
        submit("inspector1", inspect, Map.of("inspectionOutcome", text("FINDINGS"), "findings", json(Api.json(List.of(
                Map.of("unitCode", "SCH-SXXX", "category", "SAFETY", "severity", "SERIOUS", "description", "楼道应急照明损坏",
                        "legalBasis", "《中小学幼儿园安全管理办法》", "evidence", "照片"))))));
        fx.runJobs(key);
        JsonNode draft = onlyTask("inspector1", key);
        submit("inspector1", draft, Map.of("reportText", text("督导报告：发现一项安全问题，已提出整改要求。")));
        fx.runJobs(key);

        // committee1 approves the report
        JsonNode approve = onlyTask("committee1", key);
        assertThat(approve.get("taskDefinitionKey").asText()).isEqualTo("Task_ApproveReport");
        assertThat(formVariables("committee1", approve).get("majorMatter").get("value").asBoolean()).isFalse();
        submit("committee1", approve, Map.of("reportDecision", text("APPROVED"), "majorMatter", bool(false),
                "reportApprovalComment", text("同意")));
        fx.runJobs(key);

        // office1 feeds back, item by item, from the prefilled list
        JsonNode feedback = onlyTask("office1", key);
        JsonNode prefilled = formVariables("office1", feedback).get("feedbackItems");
        assertThat(prefilled.get("type").asText()).isEqualTo("Json");
        ArrayNode items = (ArrayNode) Api.JSON.readTree(prefilled.get("value").asText());
        assertThat(items).hasSize(1);
        ((ObjectNode) items.get(0)).put("requirement", "一周内修复应急照明").put("deadline", fx.today().plusDays(40).toString());
        submit("office1", feedback, Map.of("feedbackMethod", text("WRITTEN_NOTICE"), "feedbackDate", text(fx.today().toString()),
                "feedbackItems", json(items.toString())));
        fx.runJobs(key);

        // liaison-sanxi sees the school's task; another unit's liaison sees nothing of the case; the office oversees it
        assertThat(tasks("liaison-yankou", key)).isEmpty();
        assertThat(tasks("office1", key)).extracting(t -> t.get("taskDefinitionKey").asText())
                .containsExactly("Task_SubmitRectificationPlan");
        JsonNode rectificationPlan = onlyTask("liaison-sanxi", key);
        assertThat(rectificationPlan.get("taskDefinitionKey").asText()).isEqualTo("Task_SubmitRectificationPlan");
        assertThat(rectificationPlan.get("name").asText()).startsWith("提交整改方案 — 三溪镇中心小学");
        assertThat(rectificationPlan.get("due").asText()).isNotBlank();
        claim("liaison-sanxi", rectificationPlan);
        submit("liaison-sanxi", rectificationPlan, Map.of("planText", text("整改方案：更换应急照明，建立巡检制度。"),
                "responsiblePerson", text("吴丹"), "plannedCompletionDate", text(fx.today().plusDays(7).toString())));
        fx.runJobs(key);
        JsonNode rectificationReport = onlyTask("liaison-sanxi", key);
        submit("liaison-sanxi", rectificationReport, Map.of("reportText", text("整改报告：应急照明已全部更换。"),
                "completedDate", text(fx.today().toString()), "evidenceDescription", text("更换记录和照片")));
        fx.runJobs(key);

        // inspector1 verifies, then looks back when the timer is due
        JsonNode verify = onlyTask("inspector1", key);
        assertThat(formVariables("inspector1", verify).get("rectificationReport").get("value").asText()).contains("已全部更换");
        submit("inspector1", verify, Map.of("verificationOutcome", text("ACCEPTED"), "verificationComment", text("整改到位")));
        fx.runJobs(key);
        fx.fireTimer(fx.runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).processDefinitionKey("supervision-case")
                .singleResult(), "Timer_LookBackDue");
        JsonNode lookBack = onlyTask("inspector1", key);
        submit("inspector1", lookBack, Map.of("lookBackOutcome", text("NO_RELAPSE"), "lookBackNotes", text("复查整改成果巩固")));
        fx.runJobs(key);

        var closed = office.get("/api/cases/" + key).expect(200);
        assertThat(closed.get("status").asText()).isEqualTo(CaseStatus.CLOSED.name());
        assertThat(closed.get("upwardReportStatus").asInt()).isEqualTo(200);
        assertThat(closed.get("planApprovedBy").isNull()).isTrue();
        assertThat(closed.get("report").get("approvedBy").asText()).isEqualTo("committee1");
        var rectifications = office.get("/api/cases/" + key + "/rectifications").expect(200).json();
        assertThat(rectifications.get(0).get("verifiedBy").asText()).isEqualTo("inspector1");
        assertThat(fx.runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    @Test
    void aCaseTheApiRefusesStartsNoProcess() {
        long before = fx.runtime.createProcessInstanceQuery().processDefinitionKey("supervision-case").count();
        new Api(port, "office1").post("/api/cases", Map.of("kind", "SCHOOL", "mode", "ROUTINE", "title", "缺少单位")).expect(400);
        assertThat(fx.runtime.createProcessInstanceQuery().processDefinitionKey("supervision-case").count()).isEqualTo(before);
    }

    // ---- the engine REST API as the Tasklist calls it ----

    JsonNode onlyTask(String user, String businessKey) throws Exception {
        List<JsonNode> tasks = tasks(user, businessKey);
        assertThat(tasks).as("tasks of " + user).hasSize(1);
        return tasks.get(0);
    }

    List<JsonNode> tasks(String user, String businessKey) throws Exception {
        HttpResponse<String> response = http.getAs(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        Api.JSON.readTree(response.body()).forEach(tasks::add);
        return tasks;
    }

    JsonNode formVariables(String user, JsonNode task) throws Exception {
        // as the Tasklist asks: Json variables come serialized, as their JSON text
        HttpResponse<String> response = http.getAs(user, "/engine-rest/task/" + task.get("id").asText()
                + "/form-variables?deserializeValues=false");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }

    void claim(String user, JsonNode task) {
        HttpResponse<String> response = post(user, "/engine-rest/task/" + task.get("id").asText() + "/claim",
                Api.json(Map.of("userId", user)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    void submit(String user, JsonNode task, Map<String, Map<String, Object>> values) {
        HttpResponse<String> response = post(user, "/engine-rest/task/" + task.get("id").asText() + "/submit-form", variables(values));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    HttpResponse<String> post(String user, String path, String body) {
        return http.postJson(user, path, body);
    }

    static String variables(Map<String, Map<String, Object>> values) {
        return Api.json(Map.of("variables", values));
    }

    static Map<String, Object> text(String value) {
        return typed(value, "String");
    }

    static Map<String, Object> bool(boolean value) {
        return typed(value, "Boolean");
    }

    static Map<String, Object> json(String value) {
        return typed(value, "Json");
    }

    static Map<String, Object> typed(Object value, String type) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        typed.put("type", type);
        return typed;
    }
}
