package org.dudao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain features depend on each other in one direction (organization ← inspector ←
 * supervision ← rectification ← escalation, all ← audit), and their services know nothing of the
 * process engine: the workflow layer calls them, not the other way round.
 */
class DomainArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dudao");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.dudao.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domainServicesDoNotDependOnTheProcessEngine() {
        noClasses().that().resideInAnyPackage("org.dudao.organization..", "org.dudao.inspector..",
                        "org.dudao.supervision..", "org.dudao.rectification..", "org.dudao.escalation..", "org.dudao.audit..")
                .and().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(CLASSES);
    }

    @Test
    void theRegistryDoesNotKnowTheCases() {
        noClasses().that().resideInAnyPackage("org.dudao.organization..", "org.dudao.inspector..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dudao.supervision..", "org.dudao.rectification..",
                        "org.dudao.escalation..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.dudao.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dudao.organization..", "org.dudao.inspector..",
                        "org.dudao.supervision..", "org.dudao.rectification..", "org.dudao.escalation..")
                .check(CLASSES);
    }
}
