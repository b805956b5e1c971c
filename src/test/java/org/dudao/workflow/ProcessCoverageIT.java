package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.EventType;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The build's process coverage gate. Runs after every other test class of the failsafe run (it is ordered
 * last), reads the per-class reports camunda-process-test-coverage wrote during this run, adds them up into
 * one report ({@code target/process-test-coverage/all-processes/report.html}, one "run" per test class) and
 * fails unless every flow node and sequence flow of the five processes in {@code processes/} was passed.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageIT {

    static final List<String> PROCESSES = List.of("supervision-case", "rectification", "interview", "circular", "accountability");
    static final String SUITE = "all-processes";

    @Test
    void everyFlowNodeAndSequenceFlowOfTheFiveProcessesIsCovered() throws IOException {
        List<JsonNode> reports = reportsOfThisRun();
        assertThat(reports).as("coverage reports of this run under " + ProcessCoverageConfiguration.REPORT_DIRECTORY
                + " — run the whole suite (mvn verify)").isNotEmpty();

        Map<String, Model> models = new LinkedHashMap<>();
        DefaultCollector collector = new DefaultCollector(models::get);
        collector.createSuite(new Suite(SUITE, "Dudao — all process tests"));
        collector.activateSuite(SUITE);
        Map<String, Set<String>> covered = new TreeMap<>();
        for (JsonNode report : reports) {
            for (JsonNode model : report.path("models")) {
                models.put(model.get("key").asText(), new Model(model.get("key").asText(), model.get("totalElementCount").asInt(),
                        model.path("version").asText(null), model.get("xml").asText()));
            }
            for (JsonNode suite : report.path("suites")) {
                collector.createRun(new Run(suite.get("id").asText(), suite.get("name").asText()), SUITE);
                collector.activateRun(suite.get("id").asText());
                for (JsonNode run : suite.path("runs")) {
                    for (JsonNode e : run.path("events")) {
                        String modelKey = e.get("modelKey").asText();
                        if (!models.containsKey(modelKey)) {
                            continue;
                        }
                        collector.addEvent(new Event(EventSource.valueOf(e.get("source").asText()), EventType.valueOf(e.get("type").asText()),
                                e.get("definitionKey").asText(), e.get("elementType").asText(), modelKey, e.get("timestamp").asLong()));
                        covered.computeIfAbsent(modelKey, k -> new TreeSet<>()).add(e.get("definitionKey").asText());
                    }
                }
            }
        }
        CoverageReportUtil.createReport(collector, ProcessCoverageConfiguration.REPORT_DIRECTORY);
        CoverageReportUtil.createJsonReport(collector, ProcessCoverageConfiguration.REPORT_DIRECTORY);

        List<String> summary = new ArrayList<>();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (String process : PROCESSES) {
            Set<String> expected = elements(process);
            Set<String> passed = covered.getOrDefault(process, Set.of());
            Set<String> notPassed = new TreeSet<>(expected);
            notPassed.removeAll(passed);
            if (!notPassed.isEmpty()) {
                missing.put(process, notPassed);
            }
            Model model = models.get(process);
            double library = model == null ? 0 : collector.getActiveSuite().calculateCoverage(model);
            summary.add(String.format("%-17s flow nodes and sequence flows: %d of %d (%.1f%%), library coverage %.1f%%", process,
                    expected.size() - notPassed.size(), expected.size(), 100.0 * (expected.size() - notPassed.size()) / expected.size(),
                    100 * library));
        }
        Files.write(Path.of(ProcessCoverageConfiguration.REPORT_DIRECTORY, SUITE, "summary.txt"), summary, StandardCharsets.UTF_8);
        summary.forEach(System.out::println);
        assertThat(missing).as("elements no test passed (see target/process-test-coverage/" + SUITE + "/report.html)").isEmpty();
        for (String process : PROCESSES) {
            assertThat(collector.getActiveSuite().calculateCoverage(models.get(process))).as(process).isEqualTo(1.0);
        }
    }

    /** Every flow node and sequence flow of the process, by id. */
    static Set<String> elements(String process) {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));
        Set<String> ids = new TreeSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(f -> ids.add(f.getId()));
        return ids;
    }

    /** The per-class report.json files written since this JVM started (older ones belong to earlier runs). */
    static List<JsonNode> reportsOfThisRun() throws IOException {
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> reports = new ArrayList<>();
        Path root = Path.of(ProcessCoverageConfiguration.REPORT_DIRECTORY);
        if (!Files.isDirectory(root)) {
            return reports;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                if (!file.getParent().getFileName().toString().equals(SUITE) && file.toFile().lastModified() >= started) {
                    reports.add(json.readTree(file.toFile()));
                }
            }
        }
        return reports;
    }
}
