package org.dudao.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Dudao's own task lists: the same tasks a caller may work in Tasklist, by due date, in step with the engine. */
@DudaoIntegrationTest
class WorklistIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired WorklistIndexer indexer;
    @Autowired WorkItems items;
    @Autowired PlatformTransactionManager transactions;
    @LocalServerPort int port;

    String key;
    String deployment;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void tasksOfSeveralUnitsWithDeadlines() {
        key = "worklist-probe-" + UUID.randomUUID().toString().substring(0, 8);
        deployment = repository.createDeployment().addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Probe").name("${label}").camundaCandidateGroups("${group}")
                        .camundaDueDate("${due}").endEvent().done()).deploy().getId();
        start("A-late", "unit-sch-sxxx", now.minus(2, ChronoUnit.DAYS));
        start("A-soon", "unit-sch-sxxx", now.plus(1, ChronoUnit.DAYS));
        start("A-later", "unit-sch-sxxx", now.plus(20, ChronoUnit.DAYS));
        start("B-late", "unit-ts-yankou", now.minus(5, ChronoUnit.DAYS));
        start("office-soon", "office", now.plus(2, ChronoUnit.DAYS));
    }

    @AfterEach
    void removeProbe() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void eachCallerSeesWhatTheyMayWorkByDueDate() throws Exception {
        assertThat(names("liaison-sanxi", "MINE")).containsExactly("A-late", "A-soon", "A-later");
        assertThat(names("liaison-sanxi", "OVERDUE")).containsExactly("A-late");
        assertThat(names("liaison-sanxi", "DUE_SOON")).containsExactly("A-soon");
        assertThat(names("liaison-yankou", "MINE")).containsExactly("B-late");
        assertThat(names("inspector1", "MINE")).isEmpty();
        // the office sees every unit's tasks, the overdue ones first
        assertThat(names("office1", "OVERDUE")).containsSubsequence("B-late", "A-late").doesNotContain("A-soon");
        assertThat(names("office1", "MINE")).containsSubsequence("B-late", "A-late", "A-soon", "office-soon", "A-later");
    }

    @Test
    void theListFollowsTheEngine() throws Exception {
        Task late = task("A-late");
        tasks.setAssignee(late.getId(), "inspector1");
        assertThat(names("inspector1", "MINE")).containsExactly("A-late");
        late = task("A-late");
        late.setDueDate(Date.from(now.plus(30, ChronoUnit.DAYS)));
        tasks.saveTask(late);
        assertThat(names("liaison-sanxi", "MINE")).containsExactly("A-soon", "A-later", "A-late");
        tasks.complete(task("A-soon").getId());
        assertThat(names("liaison-sanxi", "MINE")).containsExactly("A-later", "A-late");
        runtime.deleteProcessInstance(task("A-later").getProcessInstanceId(), "test");
        assertThat(names("liaison-sanxi", "MINE")).containsExactly("A-late");
    }

    @Test
    void aRebuildFromTheEngineGivesTheSameList() throws Exception {
        List<String> before = names("office1", "MINE");
        long count = items.count();
        new TransactionTemplate(transactions).executeWithoutResult(status -> indexer.rebuild());
        assertThat(items.count()).isEqualTo(count);
        assertThat(names("office1", "MINE")).isEqualTo(before);
        assertThat(names("liaison-sanxi", "MINE")).containsExactly("A-late", "A-soon", "A-later");
    }

    @Test
    void badParametersAnswer400() {
        var response = new Http(port).getAs("office1", "/api/tasks?view=SOMETIME&size=100000");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("view");
    }

    private void start(String label, String group, Instant due) {
        runtime.startProcessInstanceByKey(key, Map.of("label", label, "group", group, "due", Date.from(due)));
    }

    private Task task(String name) {
        return tasks.createTaskQuery().processDefinitionKey(key).taskName(name).singleResult();
    }

    private List<String> names(String user, String view) throws Exception {
        var response = new Http(port).getAs(user, "/api/tasks?size=500&view=" + view);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).findValues("processDefinitionKey").isEmpty() ? List.of()
                : streamOf(JSON.readTree(response.body())).stream()
                        .filter(item -> key.equals(item.path("processDefinitionKey").asText()))
                        .map(item -> item.path("name").asText()).toList();
    }

    private static List<JsonNode> streamOf(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
