package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dudao.AppProcess;
import org.dudao.Http;
import org.junit.jupiter.api.Test;

/**
 * Start, stop, start again on the same H2 file, as the README's first command does — first from
 * the compiled classes (as {@code mvn spring-boot:run} and the tests do), then from the jar. The
 * second start finds the same deployments, definitions, users and demo data, and adds nothing.
 * Each start is a separate JVM, like a real restart.
 */
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void restartingAndSwitchingToTheJarOnTheSameDatabaseChangesNothing() throws Exception {
        Path workDir = Path.of("target", "restart-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(workDir);
        Path database = workDir.resolve("dudao");

        Map<String, Object> first = fingerprintAfterStart(AppProcess.fromClasses(), workDir, database);
        Map<String, Object> second = fingerprintAfterStart(AppProcess.fromJar(), workDir, database);

        assertThat(first.get("deployments").toString()).contains("dudao");
        assertThat(first.get("definitions").toString()).contains("supervision-case:1", "rectification:1");
        assertThat(first.get("users").toString()).contains("demo");
        assertThat(second).isEqualTo(first);
    }

    private static Map<String, Object> fingerprintAfterStart(List<String> launch, Path workDir, Path database)
            throws Exception {
        Map<String, Object> fingerprint = new TreeMap<>();
        try (AppProcess app = AppProcess.start(launch, workDir, List.of(
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                // nothing may move between the two starts but what a start itself does
                "--camunda.bpm.job-execution.enabled=false",
                "--dudao.notification.dispatch-enabled=false"))) {
            Http http = app.http();
            fingerprint.put("deployments", ids(http, "/engine-rest/deployment", "id", "name"));
            fingerprint.put("definitions", ids(http, "/engine-rest/process-definition", "key", "version", "id"));
            fingerprint.put("decisions", ids(http, "/engine-rest/decision-definition", "key", "version", "id"));
            fingerprint.put("users", ids(http, "/engine-rest/user", "id"));
            fingerprint.put("groups", ids(http, "/engine-rest/group", "id"));
            fingerprint.put("authorizations", count(http, "/engine-rest/authorization/count"));
            fingerprint.put("filters", count(http, "/engine-rest/filter/count"));
            fingerprint.put("processInstances", count(http, "/engine-rest/process-instance/count"));
        }
        fingerprint.put("domainRows", domainRowCounts(database));
        return fingerprint;
    }

    private static List<String> ids(Http http, String path, String... fields) throws IOException {
        var response = http.getAs("demo", path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body())) {
            List<String> parts = new ArrayList<>();
            for (String field : fields) {
                parts.add(item.path(field).asText());
            }
            ids.add(String.join(":", parts));
        }
        return ids.stream().sorted().toList();
    }

    private static long count(Http http, String path) throws IOException {
        var response = http.getAs("demo", path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body()).path("count").asLong();
    }

    /** Row counts of every table outside Camunda's, read after the app stopped, so duplicated demo data shows. */
    private static Map<String, Long> domainRowCounts(Path database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (table.toUpperCase().startsWith("ACT_") || table.equalsIgnoreCase("flyway_schema_history")) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
