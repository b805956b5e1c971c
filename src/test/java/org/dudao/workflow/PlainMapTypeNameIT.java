package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.dudao.DudaoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A decision result is stored under a type name Class.forName resolves, and one stored before still reads. */
@DudaoIntegrationTest
class PlainMapTypeNameIT {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    @Test
    @SuppressWarnings("unchecked")
    void aDecisionResultIsStoredAsAPlainHashMapAndAGenericallyNamedOneStillReads() {
        String deployment = repository.createDeployment().name("plain-map-type-name-test")
                .addModelInstance("test-decide-deadlines.bpmn", Bpmn.createExecutableProcess("Test_DecideDeadlines")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .businessRuleTask("Task_DecideDeadlines").camundaDecisionRef("rectification-deadlines")
                        .camundaMapDecisionResult("singleResult").camundaResultVariable("deadlineDecision")
                        .userTask("Task_Wait")
                        .endEvent().done())
                .deploy().getId();
        try {
            String instance = runtime.startProcessInstanceByKey("Test_DecideDeadlines",
                    Map.of("severity", "SEVERE", "unitKind", "SCHOOL")).getId();

            ObjectValue stored = runtime.getVariableTyped(instance, "deadlineDecision", false);
            assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
            assertThat(stored.getObjectTypeName()).isEqualTo("java.util.HashMap");
            ObjectValue read = runtime.getVariableTyped(instance, "deadlineDecision");
            assertThat((Map<Object, Object>) read.getValue()).containsEntry("planDays", 7).containsKey("reportDays");

            // as a database written before this configurator holds it
            runtime.setVariable(instance, "olderDecision", Variables.serializedObjectValue("{\"planDays\":7,\"rung\":\"URGING\"}")
                    .serializationDataFormat("application/json")
                    .objectTypeName("java.util.HashMap<java.lang.Object,java.lang.Object>").create());
            ObjectValue older = runtime.getVariableTyped(instance, "olderDecision");
            assertThat((Map<Object, Object>) older.getValue()).containsEntry("planDays", 7).containsEntry("rung", "URGING");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}
