package io.insidergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import io.insidergraph.neo4j.InsidergraphProperties.BoltAuth;
import io.insidergraph.neo4j.InsidergraphProperties.Embedded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded engine on its own: Bolt on a free port, data that outlives a restart, the Bolt password that keeps
 * outsiders out, Bolt off, transaction logs sized for a laptop, and a folder another process holds.
 */
class EmbeddedNeo4jIT {

    private static final String WRITE = "CREATE (:Company {cik: '0000000002', name: 'Outsider Corp'})";

    @TempDir
    Path home;

    private final Embedded anyPort = Embedded.openOnAnyPort("64m", "256m");

    private static Embedded withPassword(String password) {
        return new Embedded(true, 0, BoltAuth.PASSWORD, password, "64m", "256m");
    }

    @Test
    void dataPersistsAcrossRestartsAndBoltAnswersOnTheChosenPort() {
        try (var neo4j = EmbeddedNeo4j.start(home, anyPort)) {
            assertThat(neo4j.boltUri().getScheme()).isEqualTo("bolt");
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(neo4j.boltUri().getPort()).isPositive().isNotEqualTo(7687);
            try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                driver.executableQuery("CREATE (:Company {cik: '0000000001', name: 'Persisted Corp'})").execute();
            }
        }
        try (var neo4j = EmbeddedNeo4j.start(home, anyPort);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var names = driver.executableQuery("MATCH (c:Company {cik: '0000000001'}) RETURN c.name AS name")
                    .execute().records();
            assertThat(names).singleElement().extracting(r -> r.get("name").asString()).isEqualTo("Persisted Corp");
        }
    }

    /** The default: a write from a driver without the password, or with a wrong one, is refused; the app's works. */
    @Test
    void withAPasswordAnOutsidersWriteIsRefusedAndTheAppsOwnLoginWorks() {
        try (var neo4j = EmbeddedNeo4j.start(home, withPassword("s3cret-for-this-test"))) {
            assertRefused(neo4j, AuthTokens.none());
            assertRefused(neo4j, AuthTokens.basic("neo4j", "neo4j"));
            assertRefused(neo4j, AuthTokens.basic("neo4j", "a-wrong-password"));
            try (var app = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
                app.executableQuery(WRITE).execute();
                assertThat(app.executableQuery("MATCH (c:Company) RETURN count(c) AS n").execute().records()
                        .getFirst().get("n").asLong()).isOne();
            }
            try (var cypherShell = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j",
                    "s3cret-for-this-test"))) {
                cypherShell.verifyAuthentication(AuthTokens.basic("neo4j", "s3cret-for-this-test"));
            }
        }
    }

    /** Unset, the password is made up once, kept readable by its owner only, and still works after a restart. */
    @Test
    void aGeneratedPasswordIsKeptForItsOwnerOnlyAndSurvivesARestart() throws Exception {
        var generated = new Embedded(true, 0, BoltAuth.PASSWORD, null, "64m", "256m");
        var file = home.resolve("bolt-password");
        try (var neo4j = EmbeddedNeo4j.start(home, generated)) {
            assertRefused(neo4j, AuthTokens.none());
        }
        var password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var neo4j = EmbeddedNeo4j.start(home, generated);
                var user = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password))) {
            user.executableQuery(WRITE).execute();
            assertRefused(neo4j, AuthTokens.none());
        }
        assertThat(Files.readString(file).strip()).isEqualTo(password);
    }

    @Test
    void withoutBoltNothingListensAndTheJavaApiStillWrites() {
        var noBolt = new Embedded(false, 0, BoltAuth.PASSWORD, null, "64m", "256m");
        try (var neo4j = EmbeddedNeo4j.start(home, noBolt)) {
            assertThat(neo4j.bolt()).isEmpty();
            neo4j.database().executeTransactionally(WRITE);
            Object companies = neo4j.database().executeTransactionally("MATCH (c:Company) RETURN count(c) AS n",
                    Map.of(), result -> result.next().get("n"));
            assertThat(companies).isEqualTo(1L);
        }
        assertThat(home.resolve("bolt-password")).as("no password is made for a port that is not opened")
                .doesNotExist();
    }

    /** Regression: a fresh folder took 517 MB (two preallocated 256 MiB transaction logs) for 68 filings. */
    @Test
    void aFreshDataFolderTakesAFewMegabytesNotHalfAGigabyte() throws Exception {
        try (var neo4j = EmbeddedNeo4j.start(home, anyPort)) {
            for (int i = 0; i < 50; i++) {
                neo4j.database().executeTransactionally("CREATE (:Company {cik: '" + i + "'})");
            }
        }
        long bytes;
        try (var files = Files.walk(home)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
        assertThat(bytes).as("bytes in the data folder").isLessThan(40L << 20);
    }

    @Test
    void aFolderHeldByAnotherDatabaseIsReportedAsInUseNamingWhatToDo() {
        try (var serving = EmbeddedNeo4j.start(home, anyPort)) {
            assertThatExceptionOfType(EmbeddedNeo4j.DataFolderInUseException.class)
                    .isThrownBy(() -> EmbeddedNeo4j.start(home, anyPort))
                    .withMessage("The data folder " + home.toAbsolutePath() + " is in use by another process, most "
                            + "likely a running 'insidergraph serve'. Stop it first, or ingest through it: "
                            + "'serve --ingest PATH...' when starting it, or the ingestFiling mutation while it runs.");
        }
    }

    private static void assertRefused(EmbeddedNeo4j neo4j, AuthToken token) {
        try (var outsider = GraphDatabase.driver(neo4j.boltUri(), token)) {
            assertThatExceptionOfType(AuthenticationException.class)
                    .isThrownBy(() -> outsider.executableQuery(WRITE).execute());
        }
    }
}
