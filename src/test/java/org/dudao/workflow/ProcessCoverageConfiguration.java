package org.dudao.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage (camunda-process-test-coverage 3.0.0) for the full-application tests. The library's
 * Spring {@code TestExecutionListener} registers itself (spring.factories) and records, per test class, the
 * flow nodes and sequence flows each test passed, writing an HTML and a JSON report per class under
 * {@code target/process-test-coverage/}; {@code ProcessCoverageIT} adds them up and fails the build below 100%.
 * This configuration puts the library's parse listener into the engine (as its own
 * {@code ProcessEngineCoverageConfiguration} would) and, until the first test class starts, lets it drop the
 * events of what runs at start-up — the demo cases — instead of failing on them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageConfiguration {

    public static final String REPORT_DIRECTORY = "target/process-test-coverage";

    @Bean
    AbstractCamundaConfiguration processCoverageEnginePlugin() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void preInit(SpringProcessEngineConfiguration configuration) {
                ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                new ProcessEngineAdapter(engine, event -> { }).initializeListeners();
            }
        };
    }

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder().reportDirectory(REPORT_DIRECTORY).handleTestMethodCoverage(false).build();
    }
}
