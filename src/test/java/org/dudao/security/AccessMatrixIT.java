package org.dudao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dudao.Api;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.dudao.shared.Roles;
import org.dudao.supervision.SupervisionCaseService.CaseView;
import org.dudao.supervision.SupervisionKind;
import org.dudao.supervision.SupervisionMode;
import org.dudao.workflow.LifecycleFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every role × every endpoint family, on one joint case of two schools A and B: each school's
 * liaison sees the case and their own school's rectification — never the other school's — through
 * {@code /api} and through {@code /engine-rest} (tasks, variables, process instances, history).
 * One dynamic test per (endpoint, role), so a failure names both.
 */
@DudaoIntegrationTest
class AccessMatrixIT {

    enum Role { ADMIN, OFFICE, COMMITTEE, DISCIPLINE, DESIGNER, INSPECTOR_ON_TEAM, INSPECTOR_ELSEWHERE, LIAISON_A, LIAISON_B }

    /** What one role gets from one endpoint. */
    record Expect(int status, Predicate<String> body, String description) {
        static Expect ok() {
            return new Expect(200, body -> true, "200");
        }

        static Expect ok(Predicate<String> body, String description) {
            return new Expect(200, body, "200, " + description);
        }

        static Expect status(int status) {
            return new Expect(status, body -> true, String.valueOf(status));
        }
    }

    @Autowired ApplicationContext context;
    @Autowired IdentityService identity;
    @LocalServerPort int port;

    final Map<Role, String> users = new LinkedHashMap<>();
    long caseId;
    long schoolA;
    long schoolB;
    long rectificationA;
    ProcessInstance processA;
    String taskA;
    String taskB;

    /** Runs inside the test method (the process coverage recorder only records within one). */
    void aJointCaseOfTwoSchoolsInRectification() {
        LifecycleFixture fx = new LifecycleFixture(context);
        schoolA = fx.school;
        schoolB = fx.school(false);
        CaseView c = fx.openCase(SupervisionKind.SCHOOL, SupervisionMode.ROUTINE, schoolA, schoolB);
        caseId = c.id();
        ProcessInstance pi = fx.inspected(c, fx.finding(schoolA, "SERIOUS"), fx.finding(schoolB, "GENERAL"));
        fx.fedBack(pi, c, null);
        var findingA = fx.findings(c).stream().filter(f -> f.unitId() == schoolA).findFirst().orElseThrow();
        var findingB = fx.findings(c).stream().filter(f -> f.unitId() == schoolB).findFirst().orElseThrow();
        processA = fx.rectification(findingA.id());
        rectificationA = fx.rectificationOf(findingA.id()).id();
        taskA = fx.task(processA, "Task_SubmitRectificationPlan").getId();
        taskB = fx.task(fx.rectification(findingB.id()), "Task_SubmitRectificationPlan").getId();

        users.put(Role.ADMIN, "demo");
        users.put(Role.OFFICE, "office1");
        users.put(Role.COMMITTEE, "committee1");
        users.put(Role.DISCIPLINE, "discipline-jw");
        users.put(Role.DESIGNER, "designer1");
        users.put(Role.INSPECTOR_ON_TEAM, user(fx.lead, Roles.INSPECTOR));
        users.put(Role.INSPECTOR_ELSEWHERE, "inspector2");
        users.put(Role.LIAISON_A, user("lia-a-" + fx.run.toLowerCase(), fx.groupOf(schoolA)));
        users.put(Role.LIAISON_B, user("lia-b-" + fx.run.toLowerCase(), fx.groupOf(schoolB)));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryEndpointFamily() {
        aJointCaseOfTwoSchoolsInRectification();
        List<DynamicTest> tests = new ArrayList<>();
        Expect hidden = Expect.status(404);
        Expect denied = Expect.status(403);
        Expect hasTaskA = Expect.ok(body -> body.contains(taskA) && !body.contains(taskB), "task A only");
        Expect hasBothTasks = Expect.ok(body -> body.contains(taskA) && body.contains(taskB), "tasks A and B");
        Expect hasTaskB = Expect.ok(body -> body.contains(taskB) && !body.contains(taskA), "task B only");
        Expect noTasks = Expect.ok(body -> !body.contains(taskA) && !body.contains(taskB), "neither task");
        Expect listsCase = Expect.ok(body -> containsId(body, caseId), "lists the case");
        Expect omitsCase = Expect.ok(body -> !containsId(body, caseId), "omits the case");
        Expect oneInstance = Expect.ok(body -> body.contains(processA.getId()), "instance A");
        Expect noInstance = Expect.ok(body -> !body.contains(processA.getId()), "no instance A");
        Expect instanceHidden = new Expect(0, body -> true, "403 or 404");

        // /api: the case, the unit records within it, the office's data, writes
        row(tests, "GET /api/cases/{case}", "/api/cases/" + caseId, Map.of(
                Role.DESIGNER, hidden, Role.INSPECTOR_ELSEWHERE, hidden), Expect.ok());
        row(tests, "GET /api/cases (list)", "/api/cases?size=200", Map.of(
                Role.DESIGNER, omitsCase, Role.INSPECTOR_ELSEWHERE, omitsCase), listsCase);
        row(tests, "GET /api/rectifications/{A}", "/api/rectifications/" + rectificationA, Map.of(
                Role.DESIGNER, hidden, Role.INSPECTOR_ELSEWHERE, hidden, Role.LIAISON_B, hidden), Expect.ok());
        row(tests, "GET /api/rectifications?unitId=A", "/api/rectifications?unitId=" + schoolA, Map.of(
                Role.DESIGNER, Expect.status(400), Role.INSPECTOR_ELSEWHERE, Expect.status(400),
                Role.INSPECTOR_ON_TEAM, Expect.status(400), Role.LIAISON_B, Expect.status(400)), Expect.ok());
        row(tests, "GET /api/cases/{case}/rectifications", "/api/cases/" + caseId + "/rectifications", Map.of(
                Role.DESIGNER, hidden, Role.INSPECTOR_ELSEWHERE, hidden, Role.LIAISON_A, denied, Role.LIAISON_B, denied),
                Expect.ok());
        row(tests, "GET /api/notices?caseId", "/api/notices?caseId=" + caseId, Map.of(
                Role.ADMIN, Expect.ok(), Role.OFFICE, Expect.ok(), Role.COMMITTEE, Expect.ok()), denied);
        row(tests, "GET /api/cases/{case}/audit", "/api/cases/" + caseId + "/audit", Map.of(
                Role.ADMIN, Expect.ok(), Role.OFFICE, Expect.ok(), Role.COMMITTEE, Expect.ok(), Role.DISCIPLINE, Expect.ok()),
                denied);
        row(tests, "GET /api/tasks", "/api/tasks?size=500", Map.of(
                Role.ADMIN, hasBothTasks, Role.OFFICE, hasBothTasks, Role.COMMITTEE, hasBothTasks, Role.LIAISON_A, hasTaskA,
                Role.LIAISON_B, hasTaskB), noTasks);
        for (Role role : Role.values()) {
            boolean office = role == Role.ADMIN || role == Role.OFFICE;
            tests.add(DynamicTest.dynamicTest("POST /api/units as " + role, () -> {
                var answer = new Api(port, users.get(role)).post("/api/units", "{\"code\":\"" + Api.uniqueCode("MX")
                        + "\",\"name\":\"矩阵测试单位" + role + System.nanoTime() + "\",\"kind\":\"DEPARTMENT\"}");
                assertThat(answer.status()).as(answer.body()).isEqualTo(office ? 201 : 403);
            }));
        }

        // /engine-rest: tasks, variables, process instances, history
        Map<Role, Expect> seesA = Map.of(Role.ADMIN, hasBothTasks, Role.OFFICE, hasBothTasks, Role.COMMITTEE, hasBothTasks,
                Role.LIAISON_A, hasTaskA, Role.LIAISON_B, hasTaskB);
        row(tests, "GET /engine-rest/task", "/engine-rest/task?processDefinitionKey=rectification&maxResults=1000", seesA, noTasks);
        Map<Role, Expect> readsA = Map.of(Role.ADMIN, Expect.ok(), Role.OFFICE, Expect.ok(), Role.COMMITTEE, Expect.ok(),
                Role.LIAISON_A, Expect.ok());
        row(tests, "GET /engine-rest/task/{A}/variables", "/engine-rest/task/" + taskA + "/variables", readsA, instanceHidden);
        row(tests, "GET /engine-rest/process-instance/{A}/variables",
                "/engine-rest/process-instance/" + processA.getId() + "/variables", readsA, instanceHidden);
        Map<Role, Expect> listsA = Map.of(Role.ADMIN, oneInstance, Role.OFFICE, oneInstance, Role.COMMITTEE, oneInstance,
                Role.LIAISON_A, oneInstance);
        row(tests, "GET /engine-rest/process-instance", "/engine-rest/process-instance?processDefinitionKey=rectification&maxResults=1000",
                listsA, noInstance);
        row(tests, "GET /engine-rest/history/process-instance",
                "/engine-rest/history/process-instance?processDefinitionKey=rectification&maxResults=1000", listsA, noInstance);
        row(tests, "GET /engine-rest/history/variable-instance",
                "/engine-rest/history/variable-instance?processInstanceId=" + processA.getId(),
                Map.of(Role.ADMIN, oneInstance, Role.OFFICE, oneInstance, Role.COMMITTEE, oneInstance, Role.LIAISON_A, oneInstance),
                Expect.ok(body -> body.equals("[]"), "nothing"));
        return tests.stream();
    }

    private void row(List<DynamicTest> tests, String endpoint, String path, Map<Role, Expect> expectations, Expect otherwise) {
        for (Role role : Role.values()) {
            Expect expect = expectations.getOrDefault(role, otherwise);
            tests.add(DynamicTest.dynamicTest(endpoint + " as " + role + " → " + expect.description(), () -> {
                HttpResponse<String> answer = new Http(port).getAs(users.get(role), path);
                if (expect.status() == 0) {
                    assertThat(answer.statusCode()).as(answer.body()).isIn(403, 404);
                } else {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expect.status());
                    assertThat(expect.body().test(answer.body())).as(expect.description() + ": " + answer.body()).isTrue();
                }
            }));
        }
    }

    private String user(String userId, String group) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setPassword("demo");
            user.setFirstName("矩阵");
            user.setLastName(userId);
            identity.saveUser(user);
        }
        identity.createMembership(userId, group);
        return userId;
    }

    private static boolean containsId(String body, long id) {
        try {
            for (JsonNode item : Api.JSON.readTree(body).path("content")) {
                if (item.path("id").asLong() == id) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
