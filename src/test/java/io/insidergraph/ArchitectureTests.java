package io.insidergraph;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rule of DESIGN.md: dependencies point one way, cli/api → ingest → graph → filing, cli/api → network
 * (the whole-network analytics) → graph, and cli/api → export → network/graph for network files, with neo4j as the
 * runtime wiring below graph and the data-set reader beside the parser (ingest → dataset → filing); the parser and
 * the data-set reader are free of Spring and Neo4j, and JDOM2 stays inside the parser.
 */
@AnalyzeClasses(packages = "io.insidergraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("launch").definedBy("io.insidergraph.launch..")
            .layer("app").definedBy("io.insidergraph")
            .layer("cli").definedBy("io.insidergraph.cli..")
            .layer("api").definedBy("io.insidergraph.api..")
            .layer("fetch").definedBy("io.insidergraph.fetch..")
            .layer("export").definedBy("io.insidergraph.export..")
            .layer("ingest").definedBy("io.insidergraph.ingest..")
            .layer("network").definedBy("io.insidergraph.network..")
            .layer("dataset").definedBy("io.insidergraph.dataset..")
            .layer("graph").definedBy("io.insidergraph.graph..")
            .layer("neo4j").definedBy("io.insidergraph.neo4j..")
            .layer("filing").definedBy("io.insidergraph.filing..")
            .whereLayer("launch").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("fetch").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "api")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "api", "fetch")
            .whereLayer("dataset").mayOnlyBeAccessedByLayers("ingest")
            .whereLayer("network").mayOnlyBeAccessedByLayers("cli", "api", "export")
            .whereLayer("graph").mayOnlyBeAccessedByLayers("cli", "api", "fetch", "ingest", "export", "network")
            .whereLayer("neo4j").mayOnlyBeAccessedByLayers("cli", "api", "fetch", "ingest", "graph", "network")
            .whereLayer("filing").mayOnlyBeAccessedByLayers("cli", "api", "fetch", "ingest", "dataset", "graph");

    @ArchTest
    static final ArchRule datasetReaderDependsOnTheRecordsOnly = noClasses()
            .that().resideInAPackage("io.insidergraph.dataset..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..", "org.jdom2..",
                    "io.insidergraph.graph..", "io.insidergraph.ingest..", "io.insidergraph.neo4j..");

    @ArchTest
    static final ArchRule parserIsFreeOfSpringAndNeo4j = noClasses().that().resideInAPackage("io.insidergraph.filing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..");

    /**
     * Writers and readers translate database errors into the graph package's exceptions (GraphWriteException,
     * GraphReadException), so neither the pipeline nor the API, the CLI or the exports see a driver (the analytics
     * read their projection's records, through GraphReads, which translates its errors).
     */
    @ArchTest
    static final ArchRule theApiCliExportsAndPipelineSeeNoDriver = noClasses().that()
            .resideInAnyPackage("io.insidergraph.ingest..", "io.insidergraph.api..", "io.insidergraph.cli..",
                    "io.insidergraph.export..", "io.insidergraph.fetch..", "io.insidergraph.launch..")
            .should().dependOnClassesThat().resideInAPackage("org.neo4j..");

    @ArchTest
    static final ArchRule jdomStaysInTheParser = noClasses().that().resideOutsideOfPackage("io.insidergraph.filing..")
            .should().dependOnClassesThat().resideInAPackage("org.jdom2..");

    /** It is built for Java 17 and names the application only by its class name, so it loads on an older java. */
    @ArchTest
    static final ArchRule theLauncherDependsOnNothingOfTheApp = noClasses().that()
            .resideInAPackage("io.insidergraph.launch..").should().dependOnClassesThat()
            .resideOutsideOfPackages("io.insidergraph.launch..", "java..", "org.jspecify..");

    @ArchTest
    static final ArchRule noCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("io.insidergraph.(*)..").should().beFreeOfCycles();
}
