package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * ingestFiling stores a document for holders of the API key (the tests run with insidergraph.api-key=test-api-key),
 * answers with its accession number or the parse error, and refuses callers without the key.
 */
class IngestMutationIT extends ApiTestBase {

    private static final String INGEST = """
            mutation($document: String!) { ingestFiling(document: $document) { accessionNumber alreadyStored error } }""";

    @Test
    void storesANewFilingOnceAndAnswersWithItsAccessionNumber() throws Exception {
        // an Apple Form 4 (issuer and owner appear in no sample, so the other tests' numbers stay as they are)
        var document = Files.readString(
                Path.of("src/test/resources/corpus/filings/jadchaar__sec-edgar-downloader/aapl-4-20201013.xml"));
        var first = withKey("test-api-key").document(INGEST).variable("document", document).execute();
        first.errors().verify();
        var accession = first.path("ingestFiling.accessionNumber").entity(String.class).get();
        first.path("ingestFiling.error").valueIsNull();

        withKey("test-api-key").document(INGEST).variable("document", document).execute()
                .path("ingestFiling.accessionNumber").entity(String.class).isEqualTo(accession)
                .path("ingestFiling.alreadyStored").entity(Boolean.class).isEqualTo(true);
        tester.document("query($a: ID!) { filing(accessionNumber: $a) { issuer { cik } reportingOwners { owner { cik } } } }")
                .variable("a", accession).execute()
                .path("filing.issuer.cik").entity(String.class).isEqualTo("0000320193")
                .path("filing.reportingOwners[0].owner.cik").entity(String.class).isEqualTo("0001513362");
    }

    @Test
    void answersTheSeedAsAlreadyStored() throws Exception {
        var seed = Files.readString(Path.of("samples/filings/0001628280-25-025936.txt"), StandardCharsets.UTF_8);
        withKey("test-api-key").document(INGEST).variable("document", seed).execute()
                .path("ingestFiling.accessionNumber").entity(String.class).isEqualTo(SEED)
                .path("ingestFiling.alreadyStored").entity(Boolean.class).isEqualTo(true);
    }

    /** The seed submission with a footnote left out: a worse copy than the stored one, so it is not stored. */
    @Test
    void aConflictingCopyIsNotStoredAndTheAnswerSaysWhatDiffers() throws Exception {
        var seed = Files.readString(Path.of("samples/filings/0001628280-25-025936.txt"), StandardCharsets.UTF_8);
        var damaged = seed.replaceFirst("(?s)<footnote id=\"F2\">.*?</footnote>", "");
        assertThat(damaged).isNotEqualTo(seed);

        var response = withKey("test-api-key").document("""
                mutation($document: String!) { ingestFiling(document: $document) {
                    accessionNumber alreadyStored error conflict } }""").variable("document", damaged).execute();

        response.errors().verify();
        response.path("ingestFiling.accessionNumber").entity(String.class).isEqualTo(SEED)
                .path("ingestFiling.alreadyStored").entity(Boolean.class).isEqualTo(true)
                .path("ingestFiling.error").valueIsNull()
                .path("ingestFiling.conflict").entity(String.class).satisfies(conflict -> assertThat(conflict)
                        .startsWith("conflicting copy not stored: the kept copy has fewer defects (0 against ")
                        // the stored copy's source is the least path of its identical copies, and another test
                        // of this class may have sent the seed's bytes through the mutation ("ingestFiling") first
                        .containsPattern("; kept (samples/0001628280-25-025936\\.txt|ingestFiling); ")
                        .contains("differences: footnotes ([F1, F2] | [F1])"));
        tester.document("{ filing(accessionNumber: \"" + SEED + "\") { footnotes { id } } }").execute()
                .path("filing.footnotes").entityList(Object.class).hasSize(2);
    }

    @Test
    void parseErrorComesBackAsData() {
        var response = withKey("test-api-key").document(INGEST).variable("document", "<xml>not a filing</xml>")
                .execute();
        response.errors().verify();
        response.path("ingestFiling.accessionNumber").valueIsNull();
        response.path("ingestFiling.error").entity(String.class).satisfies(error -> assertThat(error)
                .contains("not ownership document").contains("no ownershipDocument element"));
    }

    @Test
    void refusesCallersWithoutTheKeyOrWithAWrongOne() {
        for (var client : new HttpGraphQlTester[] {tester, withKey("wrong-key")}) {
            client.document(INGEST).variable("document", "<x/>").execute().errors().satisfy(errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.getFirst().getMessage())
                        .isEqualTo("ingestFiling needs a valid API key in the X-API-Key header");
                assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
            });
        }
    }

    private HttpGraphQlTester withKey(String key) {
        return tester.mutate().header("X-API-Key", key).build();
    }
}
