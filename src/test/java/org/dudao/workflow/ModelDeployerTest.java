package org.dudao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

class ModelDeployerTest {

    @Test
    void namesAModelTheSameFromAFolderAndFromTheJar() throws Exception {
        var fromFolder = new UrlResource(new URL("file:/work/main/target/classes/processes/supervision-case.bpmn"));
        var fromJar = new UrlResource(new URL(
                "jar:file:/opt/dudao.jar!/BOOT-INF/classes!/processes/supervision-case.bpmn"));
        assertThat(ModelDeployer.relativeName("processes", fromFolder)).isEqualTo("processes/supervision-case.bpmn");
        assertThat(ModelDeployer.relativeName("processes", fromJar)).isEqualTo("processes/supervision-case.bpmn");
    }

    @Test
    void findsEveryModelAndFormOfTheProject() throws Exception {
        Set<String> onDisk = new TreeSet<>();
        for (String folder : ModelDeployer.FOLDERS) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(Files::isRegularFile)
                        .map(file -> Path.of(folder).relativize(file).toString().replace('\\', '/'))
                        .filter(name -> name.matches(".+\\.(bpmn|dmn|form)"))
                        .forEach(name -> onDisk.add(folder + "/" + name));
            }
        }
        assertThat(new ModelDeployer().findModels().keySet()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
}
