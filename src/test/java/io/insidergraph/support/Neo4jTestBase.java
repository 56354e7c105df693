package io.insidergraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one base of every test that needs Neo4j: the whole application on a random HTTP port over the embedded
 * Neo4j (its own temporary data directory, Bolt on any free port). All subclasses share one application context,
 * so the database starts once per test run. A subclass that also carries {@link OnNeo4jServer} runs the same
 * tests against a Neo4j server in a container when Docker is present.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"insidergraph.embedded.bolt-port=0", "insidergraph.samples=false",
                "insidergraph.embedded.page-cache=128m",
                "insidergraph.api-key=test-api-key",
                // the first plan of a statement takes seconds, and on a loaded machine (2 cores shared by several
                // builds) more than the default 10 s; no test here is about these limits, and both stay under the
                // testers' 60 s (RESPONSE_TIMEOUT)
                "insidergraph.query-timeout=45s", "insidergraph.request-timeout=55s",
                // lower than the default 100,000, so LimitsAndErrorsIT can pass it with the samples' 224 rows
                "insidergraph.limits.max-result-fields=20000"})
@AutoConfigureHttpGraphQlTester
public abstract class Neo4jTestBase {

    /** The first request plans Cypher cold and can take longer than the tester's default 5 s. */
    protected static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void embeddedNeo4j(DynamicPropertyRegistry registry) {
        registry.add("insidergraph.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            var dir = Files.createTempDirectory("insidergraph-test-");
            dir.toFile().deleteOnExit();
            return dir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
