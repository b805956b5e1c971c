package org.dudao.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.connect.plugin.impl.ConnectProcessEnginePlugin;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.dudao.workflow.EngineIndexes;

/**
 * The bare engine: Camunda 7.24 as Dudao configures it (history full, UUID ids, JSON serialization, Spin and
 * Connect, the engine indexes Dudao adds, every job with a due date), with Dudao's own models and forms, but every
 * bean a stand-in ({@link BareBeans}) and no Spring, no domain tables, no worklist, no authorization checks.
 */
final class BareEngine implements AutoCloseable {

    final ProcessEngine engine;

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    static BareEngine start(DataSource dataSource, String upwardUrl, boolean jobExecutor) {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setBeans(BareBeans.all(upwardUrl));
        configuration.setJobExecutorActivate(jobExecutor);
        configuration.setEnsureJobDueDateNotNull(true);
        // the engine indexes Dudao adds are given to the bare engine too, so the ratios are not flattered
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin(), new ConnectProcessEnginePlugin(),
                new EngineIndexes()));
        ProcessEngine engine = configuration.buildProcessEngine();
        deployModels(engine);
        return new BareEngine(engine);
    }

    /** Dudao's models and forms, from the classpath folders the build copies them to. */
    private static void deployModels(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("dudao-models")
                .enableDuplicateFiltering(true);
        for (String folder : List.of("processes", "forms")) {
            Path dir = Path.of("target", "classes", folder);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    deployment.addInputStream(folder + "/" + file.getFileName(), Files.newInputStream(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
    }

    @Override
    public void close() {
        engine.close();
    }
}
