package io.insidergraph.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.insidergraph.ingest.IngestService;
import io.insidergraph.support.Neo4jTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * API tests over the real sample filings in {@code samples/filings/}, ingested once into the shared test database (ingest
 * is idempotent, so a class that runs later finds them stored and skips them).
 */
abstract class ApiTestBase extends Neo4jTestBase {

    static final String YELP = "0001345016";
    static final String AFFIRM = "0001820953";
    static final String YAHOO = "0001011006";
    static final String TESLA = "0001318605";
    static final String ADAGIO = "0001832038";
    static final String ANNALY = "0001043219";
    static final String RUMBLE = "0001830081";
    static final String BIRD = "0001861449";
    static final String BOTHA = "0001222287";
    static final String LEVCHIN = "0001539853";
    static final String RABOIS = "0001539865";
    static final String SACKS = "0001891801";
    static final String THIEL = "0001211060";
    static final String MUSK = "0001494730";
    static final String LAGUERRE = "0001963683";
    static final String SEED = "0001628280-25-025936";

    /** The applications (one per database: embedded, or a server) the samples were ingested into. */
    private static final Set<IngestService> SAMPLES_INGESTED = new HashSet<>();

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    IngestService ingest;

    HttpGraphQlTester tester;

    @BeforeEach
    void samplesAndTester() throws Exception {
        tester = graphQlTester.mutate().webTestClient(client -> client.responseTimeout(RESPONSE_TIMEOUT)).build();
        synchronized (ApiTestBase.class) {
            if (!SAMPLES_INGESTED.contains(ingest)) {
                var rejects = Files.createTempFile("insidergraph-rejects-", ".tsv");
                var summary = ingest.ingest(List.of(Path.of("samples/filings")), rejects);
                if (summary.rejected() > 0) {
                    throw new IllegalStateException("samples rejected: " + summary.describe());
                }
                SAMPLES_INGESTED.add(ingest);
            }
        }
    }
}
