package io.insidergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.insidergraph.filing.AccessionSource;
import io.insidergraph.filing.Envelope;
import io.insidergraph.filing.Fact;
import io.insidergraph.filing.Footnote;
import io.insidergraph.filing.Issuer;
import io.insidergraph.filing.OwnerKind;
import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.filing.ReportingOwner;
import io.insidergraph.filing.SubmissionHeader;
import io.insidergraph.filing.Transaction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rule that picks one copy of an accession number (CopyRank), on copies built here: a copy from the SEC's data
 * sets is faked as the data-set loader makes one, an {@link OwnershipFiling} with {@link Envelope#DATASET} and no
 * schema version, header or acceptance time. Each rule is checked both ways round, since the point is that the
 * order of arrival never matters.
 */
class CopyRankTests {

    private static final String ACCESSION = "0000000001-24-000001";
    private static final String SHA_LOW = "0".repeat(64);
    private static final String SHA_HIGH = "f".repeat(64);

    @Test
    void anXmlCopyRanksAboveADataSetCopyEvenWhenTheDataSetCopySaysMoreAndHasTheSmallerHash() {
        var xml = copy(Envelope.BARE_XML, false, SHA_HIGH, null, List.of());
        var dataset = copy(Envelope.DATASET, false, SHA_LOW, "Remarks only the data set states", List.of());

        assertThat(CopyRank.better(xml, dataset)).isSameAs(xml);
        assertThat(CopyRank.better(dataset, xml)).isSameAs(xml);
        assertThat(CopyRank.reason(xml, dataset)).isEqualTo("an XML copy ranks above a copy from the SEC's data sets");
    }

    @Test
    void anXmlCopyReplacesAStoredDataSetCopyAndADataSetCopyNeverReplacesAStoredXmlCopy() {
        var xml = filing(Envelope.SEC_DOCUMENT, true, SHA_HIGH, null, List.of());
        var dataset = filing(Envelope.DATASET, false, SHA_LOW, null, List.of());

        var xmlArrives = WritePlan.of(List.of(xml), Map.of(ACCESSION, new WritePlan.Stored(SHA_LOW, "q.zip")),
                Map.of(ACCESSION, stored(dataset)));
        assertThat(xmlArrives.toWrite()).containsExactly(xml);
        assertThat(xmlArrives.replacedAccessions()).containsExactly(ACCESSION);
        assertThat(xmlArrives.conflicts()).as("the same filing: what only XML states is no conflict").isEmpty();

        var datasetArrives = WritePlan.of(List.of(dataset), Map.of(ACCESSION, new WritePlan.Stored(SHA_HIGH, "a.txt")),
                Map.of(ACCESSION, stored(xml)));
        assertThat(datasetArrives.toWrite()).isEmpty();
        assertThat(datasetArrives.toReplace()).isEmpty();
        assertThat(datasetArrives.skipped()).containsExactly(dataset);
    }

    @Test
    void aDataSetCopyThatStatesSomethingElseIsAConflictTheXmlCopyWins() {
        var xml = filing(Envelope.SEC_DOCUMENT, true, SHA_HIGH, "The full remarks, as filed.", List.of());
        var dataset = filing(Envelope.DATASET, false, SHA_LOW, "The full remarks, as fi", List.of());

        var plan = WritePlan.of(List.of(dataset, xml), Map.of(), Map.of());

        assertThat(plan.toWrite()).containsExactly(xml);
        assertThat(plan.lost()).containsExactly(dataset);
        assertThat(plan.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kept().envelope()).isEqualTo("SEC_DOCUMENT");
            assertThat(conflict.dropped().envelope()).isEqualTo("DATASET");
            assertThat(conflict.reason()).isEqualTo("an XML copy ranks above a copy from the SEC's data sets");
            assertThat(conflict.differences()).containsExactly(new CopyConflict.FieldDifference("remarks",
                    "The full remarks, as filed.", "The full remarks, as fi"));
        });
    }

    @Test
    void aCopyWithAnSgmlHeaderRanksAboveOneWithout() {
        var withHeader = copy(Envelope.SEC_DOCUMENT, true, SHA_HIGH, null, List.of());
        var bare = copy(Envelope.BARE_XML, false, SHA_LOW, "more", List.of());

        assertThat(CopyRank.better(withHeader, bare)).isSameAs(withHeader);
        assertThat(CopyRank.better(bare, withHeader)).isSameAs(withHeader);
    }

    @Test
    void aCopyWithAFootnoteReferenceThatNamesNoFootnoteRanksBelowOneWithout() {
        var whole = copy(Envelope.BARE_XML, false, SHA_HIGH, null, List.of(new Footnote("F1", "As filed.")));
        var dangling = copy(Envelope.BARE_XML, false, SHA_LOW, "more", List.of());

        assertThat(dangling.defects()).isEqualTo(1);
        assertThat(CopyRank.better(whole, dangling)).isSameAs(whole);
        assertThat(CopyRank.better(dangling, whole)).isSameAs(whole);
    }

    @Test
    void ofEquallyValidCopiesTheOneThatStatesMoreRanksAbove() {
        var more = copy(Envelope.BARE_XML, false, SHA_HIGH, "Remarks", List.of(new Footnote("F1", "As filed.")));
        var less = copy(Envelope.BARE_XML, false, SHA_LOW, null, List.of(new Footnote("F1", "As filed.")));

        assertThat(more.stated()).isEqualTo(less.stated() + 1);
        assertThat(CopyRank.better(more, less)).isSameAs(more);
        assertThat(CopyRank.better(less, more)).isSameAs(more);
    }

    @Test
    void ofEquallyRichCopiesTheOneWithTheSmallerHashIsKept() {
        var low = copy(Envelope.BARE_XML, false, SHA_LOW, "A", List.of(new Footnote("F1", "As filed.")));
        var high = copy(Envelope.BARE_XML, false, SHA_HIGH, "B", List.of(new Footnote("F1", "As filed.")));

        assertThat(CopyRank.better(low, high)).isSameAs(low);
        assertThat(CopyRank.better(high, low)).isSameAs(low);
        assertThat(CopyRank.reason(low, high))
                .isEqualTo("equally rich copies: the one with the smaller SHA-256 is kept");
        assertThat(low.differences(high)).containsExactly(new CopyConflict.FieldDifference("remarks", "A", "B"));
    }

    @Test
    void theSameBytesAtTwoPathsAreNoConflictAndTheLeastPathIsKept() {
        var first = withSource(filing(Envelope.BARE_XML, false, SHA_LOW, null, List.of()),
                "b/0000000001-24-000001.xml");
        var second = withSource(first, "a/0000000001-24-000001.xml");

        var plan = WritePlan.of(List.of(first, second), Map.of(), Map.of());
        assertThat(plan.toWrite()).containsExactly(second);
        assertThat(plan.skipped()).containsExactly(first);
        assertThat(plan.conflicts()).isEmpty();

        var later = WritePlan.of(List.of(second), Map.of(ACCESSION, new WritePlan.Stored(SHA_LOW, first.source())),
                Map.of());
        assertThat(later.skipped()).containsExactly(second);
        assertThat(later.sourceUpdates()).containsExactly(Map.entry(ACCESSION, second.source()));
    }

    private static CopyContent copy(Envelope envelope, boolean header, String sha256, @Nullable String remarks,
            List<Footnote> footnotes) {
        return CopyContent.of(WriteBatchBuilder.records(filing(envelope, header, sha256, remarks, footnotes)));
    }

    private static WritePlan.StoredCopy stored(OwnershipFiling filing) {
        return new WritePlan.StoredCopy(CopyContent.of(WriteBatchBuilder.records(filing)), filing.issuer().cik(),
                List.of("0000000002"), List.of());
    }

    /**
     * A Form 4 with one purchase whose shares carry footnote F1, as the XML parser or the data-set loader makes it:
     * a data-set copy has no schema version, header or acceptance time.
     */
    private static OwnershipFiling filing(Envelope envelope, boolean header, String sha256, @Nullable String remarks,
            List<Footnote> footnotes) {
        boolean xml = envelope != Envelope.DATASET;
        var period = LocalDate.of(2024, 7, 1);
        var purchase = new Transaction(false, 0, Fact.of("Common Stock"), Fact.absent(), Fact.of(period),
                Fact.absent(), "4", Fact.of("P"), false, Fact.absent(),
                new Fact<>(new BigDecimal("100"), List.of("F1")), Fact.absent(), Fact.of(new BigDecimal("10.5")),
                Fact.of("A"), Fact.absent(), Fact.absent(), Fact.absent(), Fact.absent(), Fact.absent(),
                Fact.of(new BigDecimal("1100")), Fact.absent(), Fact.of("D"), Fact.absent());
        return new OwnershipFiling(ACCESSION, xml ? AccessionSource.HEADER : AccessionSource.DATASET, sha256,
                xml ? ACCESSION + ".txt" : "2024q3_form345.zip", envelope, "4", xml ? "X0508" : null, period,
                LocalDate.of(2024, 7, 3), header ? LocalDateTime.of(2024, 7, 3, 16, 5) : null, null, false, null,
                null, false, null, remarks, new Issuer("0000000001", "Issuer Inc", "ISS", null),
                List.of(new ReportingOwner("0000000002", "Doe Jane", null, true, false, false, false, null, null,
                        OwnerKind.PERSON)),
                List.of(purchase), List.of(), List.of(), List.of(), footnotes, List.of(),
                header ? new SubmissionHeader(ACCESSION, "4", period, LocalDate.of(2024, 7, 3),
                        LocalDateTime.of(2024, 7, 3, 16, 5), null, List.of()) : null);
    }

    private static OwnershipFiling withSource(OwnershipFiling f, String source) {
        return new OwnershipFiling(f.accessionNumber(), f.accessionSource(), f.sha256(), source, f.envelope(),
                f.formType(), f.schemaVersion(), f.periodOfReport(), f.filedDate(), f.acceptedAt(),
                f.dateOfOriginalSubmission(), f.notSubjectToSection16(), f.form3HoldingsReported(),
                f.form4TransactionsReported(), f.aff10b5One(), f.noSecuritiesOwned(), f.remarks(), f.issuer(),
                f.reportingOwners(), f.nonDerivativeTransactions(), f.derivativeTransactions(),
                f.nonDerivativeHoldings(), f.derivativeHoldings(), f.footnotes(), f.signatures(), f.header());
    }
}
