package org.dudao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.dudao.DudaoIntegrationTest;
import org.dudao.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security baseline of the engine: each promised setting, proven by trying to get past it. */
@DudaoIntegrationTest
class EngineSecurityIT {

    @Autowired ProcessEngineConfigurationImpl configuration;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @LocalServerPort int port;

    @Test
    void engineRestNeedsALogin() {
        Http http = new Http(port);
        assertThat(http.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-definition").headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        var listed = http.getAs("demo", "/engine-rest/process-definition");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).startsWith("[");
    }

    @Test
    void aWrongPasswordIsRefusedAndFurtherLoginsAreThrottled() {
        User probe = identityService.newUser("throttle-probe");
        probe.setPassword("right-password-1");
        identityService.saveUser(probe);
        try {
            Http http = new Http(port);
            assertThat(http.get("/engine-rest/task", "Authorization", Http.basic("throttle-probe", "wrong")).statusCode())
                    .isEqualTo(401);
            // right after a failure even the right password waits out the engine's login delay
            assertThat(http.get("/engine-rest/task", "Authorization", Http.basic("throttle-probe", "right-password-1"))
                    .statusCode()).isEqualTo(401);
        } finally {
            identityService.deleteUser("throttle-probe");
        }
    }

    @Test
    void authorizationChecksAreOn() {
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        var probe = Bpmn.createExecutableProcess("serialization-probe").camundaHistoryTimeToLive(1)
                .startEvent().userTask().endEvent().done();
        var deployment = repositoryService.createDeployment().addModelInstance("serialization-probe.bpmn", probe).deploy();
        try {
            var serialized = Variables.serializedObjectValue("rO0ABXQAA2Zvbw==")
                    .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                    .objectTypeName("java.lang.String").create();
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("serialization-probe",
                    Variables.createVariables().putValueTyped("payload", serialized)))
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("serialization");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void objectsTheEngineStoresAreJsonNeverJavaSerialized() {
        var probe = Bpmn.createExecutableProcess("serialization-format-probe").camundaHistoryTimeToLive(1)
                .startEvent().userTask().endEvent().done();
        var deployment = repositoryService.createDeployment().addModelInstance("serialization-format-probe.bpmn", probe)
                .deploy();
        try {
            // a decision result (singleResult) arrives as a plain map like this one
            var instance = runtimeService.startProcessInstanceByKey("serialization-format-probe",
                    Map.of("decision", new HashMap<>(Map.of("rung", "URGING", "newDeadlineDays", 15))));
            ObjectValue stored = runtimeService.getVariableTyped(instance.getId(), "decision", false);
            assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void expressionsInAdHocQueriesAreRefused() {
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThatThrownBy(() -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").list())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Expressions are forbidden");
    }

    @Test
    void expressionsInStoredQueriesAreRefused() {
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        Filter filter = filterService.newTaskFilter("expression")
                .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        assertThatThrownBy(() -> filterService.saveFilter(filter))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Expressions are forbidden");
    }

    @Test
    void theAdminUserAlwaysExistsSoTheSetupEndpointIsClosed() {
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(user -> user.getId()).contains("demo");
        Http http = new Http(port);
        // the webapp hands out a CSRF token first, so the refusal below is the setup check's, not the CSRF filter's
        String csrfToken = http.get("/camunda/app/admin/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        var setup = http.send(http.request("/camunda/api/admin/setup/default/user/create")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\",\"email\":\"i@x.org\"},"
                                + "\"credentials\":{\"password\":\"intruder1234\"}}"))
                .build());
        assertThat(setup.statusCode()).as(setup.body()).isEqualTo(403);
        assertThat(setup.body()).contains("Setup action not available");
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void everyDeployedModelHasAHistoryTimeToLive() {
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().list();
        assertThat(definitions).isNotEmpty();
        assertThat(definitions).allSatisfy(definition ->
                assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive());
        assertThat(repositoryService.createDecisionDefinitionQuery().list()).allSatisfy(decision ->
                assertThat(decision.getHistoryTimeToLive()).as(decision.getKey()).isNotNull().isPositive());
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(configuration.getHistoryLevel().getName()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
    }
}
