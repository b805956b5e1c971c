package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.ProcessEngine;
import org.dudao.DudaoApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Start, stop, start again on the same H2 file, as the README's first command does: the second
 * start finds the same deployments, definitions, users and demo data, and adds nothing.
 */
class RestartIT {

    @Test
    void restartingOnTheSameDatabaseChangesNothing() {
        Path database = Path.of("target", "restart-" + UUID.randomUUID(), "dudao").toAbsolutePath();
        Map<String, Object> first = fingerprintAfterStart(database);
        Map<String, Object> second = fingerprintAfterStart(database);
        assertThat(first.get("deployments")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
        assertThat(first.get("users")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("demo");
        assertThat(second).isEqualTo(first);
    }

    private static Map<String, Object> fingerprintAfterStart(Path database) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DudaoApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=restart-probe",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.jmx.enabled=false")) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            Map<String, Object> fingerprint = new TreeMap<>();
            fingerprint.put("deployments", engine.getRepositoryService().createDeploymentQuery().list().stream()
                    .map(d -> d.getId() + ":" + d.getName()).sorted().toList());
            fingerprint.put("definitions", engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
                    .map(d -> d.getKey() + ":" + d.getVersion() + ":" + d.getId()).sorted().toList());
            fingerprint.put("decisions", engine.getRepositoryService().createDecisionDefinitionQuery().list().stream()
                    .map(d -> d.getKey() + ":" + d.getVersion()).sorted().toList());
            fingerprint.put("users", engine.getIdentityService().createUserQuery().list().stream()
                    .map(u -> u.getId()).sorted().toList());
            fingerprint.put("groups", engine.getIdentityService().createGroupQuery().list().stream()
                    .map(g -> g.getId()).sorted().toList());
            fingerprint.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
            fingerprint.put("filters", engine.getFilterService().createFilterQuery().count());
            fingerprint.put("processInstances", engine.getRuntimeService().createProcessInstanceQuery().count());
            fingerprint.put("domainRows", domainRowCounts(app.getBean(JdbcTemplate.class)));
            return fingerprint;
        }
    }

    /** Row counts of every table outside Camunda's, so any duplicated demo data shows. */
    private static Map<String, Integer> domainRowCounts(JdbcTemplate jdbc) {
        List<String> tables = new ArrayList<>(jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class));
        Map<String, Integer> counts = new TreeMap<>();
        tables.stream().filter(t -> !t.toUpperCase().startsWith("ACT_") && !t.equalsIgnoreCase("flyway_schema_history"))
                .forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from \"" + t + "\"", Integer.class)));
        return counts;
    }
}
