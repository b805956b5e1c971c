package org.dudao.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model in {@code processes/} and every form in {@code forms/} under a stable,
 * relative resource name. Spring auto-deployment names resources by absolute path from
 * {@code target/classes} but by bare name from the jar, so switching between the test run and
 * the jar on one database would create new versions; this deployer names them the same way
 * everywhere, and only changed files get a new version.
 */
@Component
class ModelDeployer extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "dudao";
    static final String[] FOLDERS = {"processes", "forms"};
    static final String[] PATTERNS = {"**/*.bpmn", "**/*.dmn", "**/*.form"};

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, byte[]> models = new TreeMap<>();
        findModels().forEach((name, resource) -> {
            try (InputStream in = resource.getInputStream()) {
                models.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read model " + name, e);
            }
        });
        deploy(engine, models);
    }

    /** Deploys the models unless the latest deployment holds exactly these; returns the deployment id. */
    static String deploy(ProcessEngine engine, Map<String, byte[]> models) {
        if (models.isEmpty()) {
            return null;
        }
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("dudao-models")
                // false: if one resource changed, all are deployed (not only the changed one)
                .enableDuplicateFiltering(false);
        models.forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
        var result = deployment.deployWithResult();
        log.info("Models: {} resources; deployment {} ({} process definitions new)", models.size(), result.getId(),
                result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
        return result.getId();
    }

    /** Models keyed by their name relative to the classpath root, e.g. {@code processes/supervision-case.bpmn}. */
    Map<String, Resource> findModels() {
        Map<String, Resource> models = new TreeMap<>();
        for (String folder : FOLDERS) {
            for (String pattern : PATTERNS) {
                try {
                    for (Resource resource : resolver.getResources("classpath*:" + folder + "/" + pattern)) {
                        models.put(relativeName(folder, resource), resource);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + folder, e);
                }
            }
        }
        return models;
    }

    static String relativeName(String folder, Resource resource) {
        try {
            String url = resource.getURL().toString();
            int start = url.lastIndexOf("/" + folder + "/");
            if (start < 0) {
                throw new IllegalStateException("model outside " + folder + ": " + url);
            }
            return url.substring(start + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
