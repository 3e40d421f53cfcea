package io.kaonet.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of design.md §4, held by a test over the compiled classes of every module. */
class ModuleRulesTest {

    private static JavaClasses kaonet;

    @BeforeAll
    static void importClasses() {
        kaonet = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kaonet");
    }

    @Test
    void graphCoreUsesNeitherSpringNorTheDriverNorJackson() {
        noClasses().that().resideInAPackage("io.kaonet.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.neo4j..", "com.fasterxml.jackson..",
                        "io.kaonet.importers..", "io.kaonet.queries..", "io.kaonet.api..")
                .check(kaonet);
    }

    @Test
    void importersDependOnlyOnTheCoreAndJackson() {
        noClasses().that().resideInAPackage("io.kaonet.importers..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.neo4j..", "io.kaonet.queries..", "io.kaonet.api..", "io.kaonet.demo..")
                .check(kaonet);
    }

    @Test
    void demoGeneratorsImportNothingAndKnowNeitherTheDatabaseNorTheApi() {
        noClasses().that().resideInAPackage("io.kaonet.demo..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.neo4j..", "io.kaonet.queries..", "io.kaonet.api..",
                        "io.kaonet.importers.csv..", "io.kaonet.importers.cordis..", "io.kaonet.importers.graphml..",
                        "io.kaonet.importers.neo4jadmin..", "io.kaonet.importers.workbook..", "io.kaonet.importers.properties..")
                .check(kaonet);
    }

    @Test
    void onlyTheApplicationAndTheBenchmarksUseTheGenerators() {
        noClasses().that().resideInAnyPackage("io.kaonet.core..", "io.kaonet.importers..", "io.kaonet.queries..")
                .should().dependOnClassesThat().resideInAPackage("io.kaonet.demo..")
                .check(kaonet);
    }

    @Test
    void queriesKnowNothingOfImportersSpringOrTheApi() {
        noClasses().that().resideInAPackage("io.kaonet.queries..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "io.kaonet.importers..", "io.kaonet.api..", "com.fasterxml.jackson..")
                .check(kaonet);
    }

    @Test
    void packagesAreNamedByCapabilityNotByLayer() {
        noClasses().should().resideInAnyPackage("..service..", "..services..", "..util..", "..utils..", "..dto..",
                        "..helper..", "..manager..")
                .allowEmptyShould(true)
                .check(kaonet);
    }
}
