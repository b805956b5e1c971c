package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.dudao.DudaoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How the models reach the engine: unchanged files deploy nothing; one changed file deploys the whole set. */
@DudaoIntegrationTest
class ModelDeploymentIT {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;

    @Test
    void aChangedFileRedeploysEveryModelTogetherAndUnchangedFilesDeployNothing() throws Exception {
        Map<String, byte[]> original = new TreeMap<>();
        new ModelDeployer().findModels().forEach((name, resource) -> {
            try (var in = resource.getInputStream()) {
                original.put(name, in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String current = ModelDeployer.deploy(engine, original);
        assertThat(ModelDeployer.deploy(engine, original)).as("unchanged: no new deployment").isEqualTo(current);

        Map<String, byte[]> changed = new TreeMap<>(original);
        String bpmn = new String(original.get("processes/circular.bpmn"), StandardCharsets.UTF_8);
        changed.put("processes/circular.bpmn", bpmn.replace("</bpmn:definitions>",
                "<!-- a designer's edit --></bpmn:definitions>").getBytes(StandardCharsets.UTF_8));
        try {
            String redeployed = ModelDeployer.deploy(engine, changed);
            assertThat(redeployed).isNotEqualTo(current);
            assertThat(repository.getDeploymentResources(redeployed)).extracting(Resource::getName)
                    .containsExactlyInAnyOrderElementsOf(original.keySet());
            // every process's latest version lives in the new deployment, so deployment-bound calls find their siblings
            assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                    .filteredOn(definition -> original.containsKey(definition.getResourceName()))
                    .extracting(ProcessDefinition::getDeploymentId).containsOnly(redeployed);
            assertThat(ModelDeployer.deploy(engine, changed)).isEqualTo(redeployed);
        } finally {
            // leave the suite on the project's own files
            ModelDeployer.deploy(engine, original);
        }
    }
}
