package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Every file of the shared corpus, checked against its MANIFEST.tsv row: counts of owners and of each kind of row,
 * form type, schema version, issuer CIK, accession and hash. The only file that may be rejected is the one the
 * manifest flags as not well-formed.
 */
class CorpusTests {

    private static final FilingParser PARSER = new FilingParser();
    private static final Pattern FOOTNOTE_REF = Pattern.compile("<footnoteId\\s");
    private static final Pattern NON_BLANK_VALUE = Pattern.compile("<value>\\s*[^<\\s][^<]*</value>");

    static Stream<Corpus.Entry> wellFormed() {
        return Corpus.manifest().stream().filter(e -> !e.flags().contains("not-wellformed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void parsesWithTheManifestCounts(Corpus.Entry entry) throws FilingParseException {
        OwnershipFiling filing = PARSER.parse(entry.source(), Corpus.filing(entry.file()));

        assertThat(filing.formType()).isEqualTo(entry.formType());
        assertThat(filing.schemaVersion()).isEqualTo(entry.schemaVersion());
        assertThat(filing.issuer().cik()).isEqualTo(entry.issuerCik());
        assertThat(filing.reportingOwners()).hasSize(entry.owners());
        assertThat(filing.nonDerivativeTransactions()).hasSize(entry.nonDerivativeTransactions());
        assertThat(filing.derivativeTransactions()).hasSize(entry.derivativeTransactions());
        assertThat(filing.nonDerivativeHoldings()).hasSize(entry.nonDerivativeHoldings());
        assertThat(filing.derivativeHoldings()).hasSize(entry.derivativeHoldings());
        assertThat(filing.sha256()).isEqualTo(entry.sha256());
        assertThat(filing.source()).isEqualTo(entry.source());
        if (entry.accession().isEmpty()) {
            assertThat(filing.accessionSource()).isEqualTo(AccessionSource.CONTENT_HASH);
            assertThat(filing.accessionNumber()).isEqualTo("hash-" + entry.sha256().substring(0, 16));
        } else {
            assertThat(filing.accessionNumber()).isEqualTo(entry.accession());
            assertThat(filing.accessionSource()).isEqualTo(
                    entry.kind().equals("full-txt-submission") ? AccessionSource.HEADER : AccessionSource.FILE_NAME);
        }
        assertThat(filing.envelope()).isEqualTo(expectedEnvelope(entry));
        assertThat(filing.header() != null).isEqualTo(entry.kind().equals("full-txt-submission"));
    }

    /**
     * Nothing the rows state is dropped: every {@code <footnoteId>} of the file is on some field of some row (the
     * corpus has footnote references only in rows), and every non-blank {@code <value>} became a value of the type
     * its field has (a number, a date), so none failed to convert.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void keepsEveryFootnoteReferenceAndValue(Corpus.Entry entry) throws FilingParseException {
        OwnershipFiling filing = PARSER.parse(entry.source(), Corpus.filing(entry.file()));
        String text = new String(Corpus.filing(entry.file()), StandardCharsets.UTF_8);

        List<Row> rows = rows(filing);
        long references = rows.stream().flatMap(r -> r.facts().values().stream())
                .mapToLong(f -> f.footnoteIds().size()).sum();
        assertThat(references).isEqualTo(FOOTNOTE_REF.matcher(text).results().count());
        long values = rows.stream().mapToLong(CorpusTests::statedValues).sum();
        assertThat(values).isEqualTo(NON_BLANK_VALUE.matcher(text).results().count());
    }

    @Test
    void rejectsOnlyTheFileWithABrokenTagAtItsLineAndColumn() {
        List<Corpus.Entry> broken = Corpus.manifest().stream()
                .filter(e -> e.flags().contains("not-wellformed")).toList();
        assertThat(broken).extracting(Corpus.Entry::file).containsExactly("cjavdev__sec_edgar/filing16.txt");

        // line 252 of the file ends "...employment.</fo" (1023 characters), line 253 starts "otnote>": the end tag
        // was split in two, and the parser stops at the name "fo" that does not match the open <footnote>
        assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> Corpus.parse("cjavdev__sec_edgar/filing16.txt"))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_WELL_FORMED);
                    assertThat(e.line()).isEqualTo(252);
                    assertThat(e.column()).isEqualTo(1022);
                    assertThat(e.source()).isEqualTo("corpus/filings/cjavdev__sec_edgar/filing16.txt");
                    assertThat(e.getMessage()).isEqualTo("corpus/filings/cjavdev__sec_edgar/filing16.txt: not well formed"
                            + " at line 252, column 1022: The element type \"footnote\" must be terminated by the"
                            + " matching end-tag \"</footnote>\".");
                });
    }

    private static Envelope expectedEnvelope(Corpus.Entry entry) {
        if (entry.flags().contains("PEM")) {
            return Envelope.PRIVACY_ENHANCED_MESSAGE;
        }
        if (entry.flags().contains("hdr:nc-SUBMISSION")) {
            return Envelope.NC_SUBMISSION;
        }
        return entry.kind().equals("full-txt-submission") ? Envelope.SEC_DOCUMENT : Envelope.BARE_XML;
    }

    private static List<Row> rows(OwnershipFiling f) {
        return Stream.of(f.nonDerivativeTransactions(), f.derivativeTransactions(), f.nonDerivativeHoldings(),
                f.derivativeHoldings()).flatMap(List::stream).map(Row.class::cast).toList();
    }

    /** Fields that the schema wraps in {@code <value>}; coding fields are plain elements. */
    private static long statedValues(Row row) {
        Stream<Fact<?>> facts = switch (row) {
            case Transaction t -> Stream.of(t.securityTitle(), t.conversionOrExercisePrice(), t.transactionDate(),
                    t.deemedExecutionDate(), t.timeliness(), t.shares(), t.totalValue(), t.pricePerShare(),
                    t.acquiredDisposed(), t.exerciseDate(), t.expirationDate(), t.underlyingSecurityTitle(),
                    t.underlyingSecurityShares(), t.underlyingSecurityValue(), t.sharesOwnedFollowing(),
                    t.valueOwnedFollowing(), t.directOrIndirect(), t.natureOfOwnership());
            case Holding h -> Stream.of(h.securityTitle(), h.conversionOrExercisePrice(), h.exerciseDate(),
                    h.expirationDate(), h.underlyingSecurityTitle(), h.underlyingSecurityShares(),
                    h.underlyingSecurityValue(), h.sharesOwnedFollowing(), h.valueOwnedFollowing(),
                    h.directOrIndirect(), h.natureOfOwnership());
        };
        return facts.map(Fact::value).filter(Objects::nonNull).count();
    }
}
