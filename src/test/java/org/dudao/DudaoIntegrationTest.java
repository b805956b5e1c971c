package org.dudao;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.dudao.integration.UpwardPlatformStub;
import org.dudao.workflow.ProcessCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one full-application test shape: the whole app on a random port against the test
 * database, job executor off (tests run jobs themselves), process test coverage recorded, and the
 * city/provincial platform played by a local HTTP server. Keep its configuration identical
 * everywhere so Spring's context cache starts the app once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@Import(ProcessCoverageConfiguration.class)
@ContextConfiguration(initializers = UpwardPlatformStub.Initializer.class)
public @interface DudaoIntegrationTest {
}
