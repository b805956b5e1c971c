package org.dudao.notification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Notification is self-contained: it knows cases, units and tasks only as ids and names in the command. */
class NotificationArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dudao");

    @Test
    void notificationDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.dudao.notification..")
                .should().dependOnClassesThat(resideInAPackage("org.dudao..")
                        .and(not(resideInAnyPackage("org.dudao.notification..", "org.dudao.shared.."))))
                .check(CLASSES);
    }

    @Test
    void otherPackagesCannotReachTheTablesDirectly() {
        noClasses().that().resideInAPackage("org.dudao.notification..")
                .and().areAnnotatedWith(Entity.class)
                .should().bePublic()
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.dudao.notification..")
                .and().areAssignableTo(Repository.class)
                .should().bePublic()
                .check(CLASSES);
    }
}
