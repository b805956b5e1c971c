package org.dudao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each role reaches through {@code /engine-rest}: a probe process gives one task to the
 * liaisons of 三溪镇中心小学 (unit A) and one to those of 沿口镇 (unit B); each liaison must see and
 * work only their own — task, variables, process instance and history — while the office sees both.
 */
@DudaoIntegrationTest
class EngineAccessIT {

    static final String UNIT_A = "unit-sch-sxxx";
    static final String UNIT_B = "unit-ts-yankou";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @LocalServerPort int port;

    String probeKey;
    String deploymentId;
    ProcessInstance forA;
    ProcessInstance forB;
    Http http;

    @BeforeEach
    void twoUnitsEachWithATask() {
        http = new Http(port);
        probeKey = "access-probe-" + UUID.randomUUID().toString().substring(0, 8);
        BpmnModelInstance probe = Bpmn.createExecutableProcess(probeKey).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Probe").name("探针任务").camundaCandidateGroups("${unitGroup}")
                .endEvent().done();
        deploymentId = repository.createDeployment().addModelInstance(probeKey + ".bpmn", probe).deploy().getId();
        forA = runtime.startProcessInstanceByKey(probeKey, Map.of("unitGroup", UNIT_A, "secret", "A的数据"));
        forB = runtime.startProcessInstanceByKey(probeKey, Map.of("unitGroup", UNIT_B, "secret", "B的数据"));
    }

    @AfterEach
    void removeProbe() {
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void aLiaisonSeesAndWorksOnlyTheirOwnUnitsTask() throws Exception {
        String taskA = taskOf(forA);
        String taskB = taskOf(forB);

        assertThat(ids("liaison-sanxi", "/engine-rest/task?processDefinitionKey=" + probeKey)).containsExactly(taskA);
        assertThat(ids("liaison-yankou", "/engine-rest/task?processDefinitionKey=" + probeKey)).containsExactly(taskB);
        assertThat(http.getAs("liaison-sanxi", "/engine-rest/task/" + taskB).statusCode()).isIn(403, 404);

        // variables of the other unit's task and process instance stay closed
        assertThat(http.getAs("liaison-sanxi", "/engine-rest/task/" + taskA + "/variables").body()).contains("A的数据");
        assertThat(http.getAs("liaison-sanxi", "/engine-rest/task/" + taskB + "/variables").statusCode()).isIn(403, 404);
        assertThat(http.getAs("liaison-sanxi", "/engine-rest/process-instance/" + forA.getId() + "/variables").body())
                .contains("A的数据");
        assertThat(http.getAs("liaison-sanxi", "/engine-rest/process-instance/" + forB.getId() + "/variables")
                .statusCode()).isIn(403, 404);

        // process instances and history: only their own
        assertThat(ids("liaison-sanxi", "/engine-rest/process-instance?processDefinitionKey=" + probeKey))
                .containsExactly(forA.getId());
        assertThat(ids("liaison-sanxi", "/engine-rest/history/process-instance?processDefinitionKey=" + probeKey))
                .containsExactly(forA.getId());
        assertThat(ids("liaison-sanxi", "/engine-rest/history/task?processDefinitionKey=" + probeKey))
                .containsExactly(taskA);
        assertThat(http.getAs("liaison-sanxi", "/engine-rest/history/variable-instance?processInstanceId=" + forB.getId())
                .body()).doesNotContain("B的数据");

        // working: their own task completes, the other unit's is refused
        assertThat(post("liaison-sanxi", "/engine-rest/task/" + taskB + "/complete", "{}").statusCode()).isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(taskB).count()).isEqualTo(1);
        assertThat(post("liaison-sanxi", "/engine-rest/task/" + taskA + "/complete", "{}").statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(taskA).count()).isZero();
        // after the end, the unit still reads its own history, not the other's
        assertThat(ids("liaison-sanxi", "/engine-rest/history/process-instance?processDefinitionKey=" + probeKey))
                .containsExactly(forA.getId());
    }

    @Test
    void theOfficeSeesEveryUnitsTasksTheCommitteeReadsAndOthersSeeNone() throws Exception {
        assertThat(ids("office1", "/engine-rest/task?processDefinitionKey=" + probeKey))
                .containsExactlyInAnyOrder(taskOf(forA), taskOf(forB));
        assertThat(ids("office1", "/engine-rest/history/process-instance?processDefinitionKey=" + probeKey))
                .containsExactlyInAnyOrder(forA.getId(), forB.getId());
        assertThat(ids("committee1", "/engine-rest/process-instance?processDefinitionKey=" + probeKey))
                .containsExactlyInAnyOrder(forA.getId(), forB.getId());
        assertThat(post("committee1", "/engine-rest/task/" + taskOf(forA) + "/complete", "{}").statusCode())
                .isIn(403, 404);
        for (String outsider : List.of("inspector1", "discipline-jw", "designer1", "liaison-health")) {
            assertThat(ids(outsider, "/engine-rest/task?processDefinitionKey=" + probeKey)).as(outsider).isEmpty();
            assertThat(ids(outsider, "/engine-rest/process-instance?processDefinitionKey=" + probeKey)).as(outsider)
                    .isEmpty();
        }
    }

    @Test
    void onlyDesignersDeployAndNewCasesTakeTheNewVersionWhileRunningOnesKeepTheirs() throws Exception {
        String changed = Bpmn.convertToString(Bpmn.createExecutableProcess(probeKey).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Probe").name("探针任务（新版）").camundaCandidateGroups("${unitGroup}")
                .endEvent().done());

        var refused = deploy("liaison-sanxi", changed);
        assertThat(refused.statusCode()).isEqualTo(403);
        var accepted = deploy("designer1", changed);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String newDeployment = JSON.readTree(accepted.body()).path("id").asText();
        try {
            var second = runtime.startProcessInstanceByKey(probeKey, Map.of("unitGroup", UNIT_A));
            assertThat(repository.getProcessDefinition(second.getProcessDefinitionId()).getVersion()).isEqualTo(2);
            assertThat(repository.getProcessDefinition(
                    runtime.createProcessInstanceQuery().processInstanceId(forA.getId()).singleResult()
                            .getProcessDefinitionId()).getVersion()).isEqualTo(1);
            assertThat(tasks.createTaskQuery().processInstanceId(second.getId()).singleResult().getName())
                    .isEqualTo("探针任务（新版）");
        } finally {
            repository.deleteDeployment(newDeployment, true);
        }
    }

    @Test
    void everyRoleFindsItsFiltersSortedByDueDate() throws Exception {
        var liaisonFilters = http.getAs("liaison-sanxi", "/engine-rest/filter?resourceType=Task");
        assertThat(liaisonFilters.body()).contains("我的待办", "本单位整改", "即将到期", "已逾期")
                .doesNotContain("督导办待办", "待审批");
        assertThat(http.getAs("office1", "/engine-rest/filter?resourceType=Task").body())
                .contains("我的待办", "督导办待办", "待审批", "已逾期");
        assertThat(http.getAs("committee1", "/engine-rest/filter?resourceType=Task").body())
                .contains("待审批").doesNotContain("督导办待办");

        String myTasks = null;
        for (JsonNode filter : JSON.readTree(liaisonFilters.body())) {
            if (filter.path("name").asText().equals("我的待办")) {
                myTasks = filter.path("id").asText();
            }
        }
        var listed = http.getAs("liaison-sanxi", "/engine-rest/filter/" + myTasks + "/list?maxResults=1000");
        assertThat(listed.body()).contains(taskOf(forA)).doesNotContain(taskOf(forB));
        assertThat(http.getAs("liaison-sanxi", "/engine-rest/filter/" + myTasks).body()).contains("dueDate");
    }

    private String taskOf(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    private List<String> ids(String user, String path) throws Exception {
        var response = http.getAs(user, path);
        assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).findValuesAsText("id");
    }

    private java.net.http.HttpResponse<String> post(String user, String path, String json) {
        return http.postJson(user, path, json);
    }

    private java.net.http.HttpResponse<String> deploy(String user, String bpmn) {
        String boundary = "----dudao" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmodeler\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"" + probeKey + ".bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n"
                + "--" + boundary + "--\r\n";
        return http.send(http.request("/engine-rest/deployment/create")
                .header("Authorization", Http.basic(user, "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }
}
