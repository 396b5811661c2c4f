package org.gridatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import javax.sql.DataSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries the user asked for, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gridatlas");
    }

    @Test
    void theReadSideNeverDependsOnTheWriteSide() {
        noClasses().that().resideInAPackage("org.gridatlas.query..")
                .should().dependOnClassesThat().resideInAPackage("org.gridatlas.command..")
                .check(classes);
    }

    @Test
    void messagesDependOnNoFrameworkButAxonsRoutingAnnotations() {
        noClasses().that().resideInAPackage("org.gridatlas.messages..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.gridatlas.command..", "org.gridatlas.query..", "org.locationtech..")
                .check(classes);
    }

    @Test
    void geodataIsPlainJava() {
        noClasses().that().resideInAPackage("org.gridatlas.geodata..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
                .check(classes);
    }

    /**
     * Each query is a named repository method, so that an as-of variant has one
     * place to go: no query controller reaches JdbcClient, JdbcTemplate or a DataSource.
     */
    @Test
    void queryControllersLeaveTheSqlToTheirRepositories() {
        noClasses().that().resideInAPackage("org.gridatlas.query..")
                .and().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
                .check(classes);
    }
}
