package io.insidergraph.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.insidergraph.ingest.IngestService;
import io.insidergraph.support.ApplicationTest;
import io.insidergraph.support.Neo4jTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * API tests over the whole test corpus ({@code src/test/resources/corpus/filings}, 422 real filings), in a database
 * of their own (the samples' tests expect the samples alone): the application context of these classes is a second
 * one, started once for all of them.
 */
@ApplicationTest
abstract class CorpusApiTestBase {

    static final Path CORPUS = Path.of("src/test/resources/corpus/filings");

    private static final Path CORPUS_DATA_DIR = Neo4jTestBase.createDataDir("insidergraph-corpus-test-");

    /** The applications (one per database) the corpus was ingested into. */
    private static final Set<IngestService> CORPUS_INGESTED = new HashSet<>();

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Autowired
    IngestService ingest;

    HttpGraphQlTester tester;

    @DynamicPropertySource
    static void corpusDatabase(DynamicPropertyRegistry registry) {
        registry.add("insidergraph.data-dir", CORPUS_DATA_DIR::toString);
    }

    @BeforeEach
    void corpusAndTester() throws Exception {
        tester = graphQlTester.mutate().webTestClient(client -> client.responseTimeout(Neo4jTestBase.RESPONSE_TIMEOUT)).build();
        synchronized (CorpusApiTestBase.class) {
            if (!CORPUS_INGESTED.contains(ingest)) {
                var rejects = Files.createTempFile("insidergraph-rejects-", ".tsv");
                var summary = ingest.ingest(List.of(CORPUS), rejects);
                // the corpus has one truncated filing (cjavdev__sec_edgar/filing16.txt)
                if (summary.rejected() != 1) {
                    throw new IllegalStateException("corpus not ingested as expected: " + summary.describe());
                }
                CORPUS_INGESTED.add(ingest);
            }
        }
    }
}
