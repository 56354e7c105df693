package io.insidergraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The base of the tests over the samples: the whole application on a random HTTP port over the embedded
 * Neo4j (its own temporary data directory, Bolt on any free port). All subclasses share one application context,
 * so the database starts once per test run. A subclass that also carries {@link OnNeo4jServer} runs the same
 * tests against a Neo4j server in a container when Docker is present.
 */
@ApplicationTest
public abstract class Neo4jTestBase {

    /** The first request plans Cypher cold and can take longer than the tester's default 5 s. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private static final Path DATA_DIR = createDataDir("insidergraph-test-");

    @DynamicPropertySource
    static void embeddedNeo4j(DynamicPropertyRegistry registry) {
        registry.add("insidergraph.data-dir", DATA_DIR::toString);
    }

    /**
     * A temporary data folder, deleted with all it holds when the JVM ends ({@code File.deleteOnExit} deletes only an
     * empty folder, and a test database's is half a gigabyte: runs left one per context in the temporary folder).
     */
    public static Path createDataDir(String prefix) {
        try {
            var dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile()),
                    "delete " + dir.getFileName()));
            return dir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
