package io.insidergraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.insidergraph.filing.AccessionSource;
import io.insidergraph.filing.Envelope;
import io.insidergraph.filing.Fact;
import io.insidergraph.filing.OwnerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-set reader on the eight corpus filings of 2024 Q3 (five real tables, three written from the XML: see
 * {@code datasets/corpus-eight/NOTE.md}), with the expected values written out from the tables.
 */
class DatasetReaderTests {

    @TempDir
    Path temp;

    @Test
    void theEightCorpusFilingsBecomeOneRecordEach() throws Exception {
        var read = Datasets.read(temp, Datasets.corpusEight());

        assertThat(read.rejects()).isEmpty();
        assertThat(read.filings()).containsOnlyKeys("0001062993-24-014684", "0001062993-24-016335",
                "0001062993-24-016587", "0001321655-24-000181", "0001415889-24-019064", "0001628280-24-030951",
                "0001628280-24-031146", "0001628280-24-038676");
        assertThat(read.missing()).isEmpty();
        assertThat(read.counts().rows()).containsEntry(DatasetTable.SUBMISSION, 8L)
                .containsEntry(DatasetTable.REPORTINGOWNER, 8L).containsEntry(DatasetTable.NONDERIV_TRANS, 11L)
                .containsEntry(DatasetTable.NONDERIV_HOLDING, 23L).containsEntry(DatasetTable.DERIV_TRANS, 2L)
                .containsEntry(DatasetTable.DERIV_HOLDING, 0L).containsEntry(DatasetTable.FOOTNOTES, 32L)
                .containsEntry(DatasetTable.OWNER_SIGNATURE, 8L);
    }

    @Test
    void thielsSaleOfPalantirIsReadFieldByField() throws Exception {
        var filing = Datasets.read(temp, Datasets.corpusEight()).filings().get("0001321655-24-000181");

        assertThat(filing.accessionSource()).isEqualTo(AccessionSource.DATASET);
        assertThat(filing.envelope()).isEqualTo(Envelope.DATASET);
        assertThat(filing.formType()).isEqualTo("4");
        assertThat(filing.schemaVersion()).isNull();
        assertThat(filing.periodOfReport()).isEqualTo(LocalDate.of(2024, 9, 24));
        assertThat(filing.filedDate()).isEqualTo(LocalDate.of(2024, 9, 26));
        assertThat(filing.acceptedAt()).isNull();
        assertThat(filing.notSubjectToSection16()).isFalse();
        assertThat(filing.aff10b5One()).as("2024 Q3 has no AFF10B5ONE column").isNull();
        assertThat(filing.remarks()).startsWith("This Form 4 has been compiled based on applicable requirements")
                .contains("under the heading \"Security Ownership Of Certain Beneficial Owners And Management,\" as well");
        assertThat(filing.issuer().cik()).isEqualTo("0001321655");
        assertThat(filing.issuer().name()).isEqualTo("Palantir Technologies Inc.");
        assertThat(filing.issuer().tradingSymbol()).isEqualTo("PLTR");

        var owner = filing.reportingOwners().getFirst();
        assertThat(owner.cik()).isEqualTo("0001211060");
        assertThat(owner.name()).isEqualTo("THIEL PETER");
        assertThat(owner.isDirector()).isTrue();
        assertThat(owner.isOfficer() || owner.isTenPercentOwner() || owner.isOther()).isFalse();
        assertThat(owner.kind()).isEqualTo(OwnerKind.PERSON);
        assertThat(owner.address().city()).isEqualTo("DENVER");
        assertThat(owner.address().street2()).isEqualTo("1200 17TH STREET, FLOOR 15");

        // written in reverse key order; read back in NONDERIV_TRANS_SK order, the filing's own
        var sales = filing.nonDerivativeTransactions();
        assertThat(sales).extracting(t -> t.shares().value()).containsExactly(new BigDecimal("7214637.0"),
                new BigDecimal("147610.0"), new BigDecimal("4254666.0"), new BigDecimal("4561502.0"));
        assertThat(sales).extracting(t -> t.position()).containsExactly(0, 1, 2, 3);
        var first = sales.getFirst();
        assertThat(first.derivative()).isFalse();
        assertThat(first.transactionDate()).isEqualTo(new Fact<>(LocalDate.of(2024, 9, 24), List.of()));
        assertThat(first.code()).as("transactionCoding's footnote").isEqualTo(new Fact<>("S", List.of("F1")));
        assertThat(first.pricePerShare()).isEqualTo(new Fact<>(new BigDecimal("36.86"), List.of("F2")));
        assertThat(first.natureOfOwnership()).isEqualTo(new Fact<>("See Footnote", List.of("F3")));
        assertThat(first.conversionOrExercisePrice().isAbsent()).isTrue();

        assertThat(filing.nonDerivativeHoldings()).extracting(h -> h.sharesOwnedFollowing().value())
                .containsExactly(new BigDecimal("15733625.0"), new BigDecimal("20823993.0"), new BigDecimal("53487.0"));
        assertThat(filing.footnotes()).extracting(f -> f.id()).containsExactly("F1", "F2", "F3", "F4", "F5", "F6",
                "F7", "F8", "F9", "F10");
        assertThat(filing.signatures()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("/s/ Justin V. Laubach, under power of attorney");
            assertThat(s.date()).isEqualTo(LocalDate.of(2024, 9, 26));
        });
    }

    @Test
    void derivativeRowsReadExcerciseDateAsTheExerciseDate() throws Exception {
        var filing = Datasets.read(temp, Datasets.corpusEight()).filings().get("0001062993-24-016335");

        var units = filing.derivativeTransactions().getFirst();
        assertThat(units.securityTitle().value()).isEqualTo("Restricted Stock Units");
        assertThat(units.conversionOrExercisePrice()).isEqualTo(new Fact<>(null, List.of("F1")));
        assertThat(units.exerciseDate()).as("EXCERCISE_DATE_FN").isEqualTo(new Fact<>(null, List.of("F2")));
        assertThat(units.expirationDate()).isEqualTo(new Fact<>(null, List.of("F2")));
        assertThat(units.shares().value()).isEqualTo(new BigDecimal("224.05"));
        assertThat(units.equitySwapInvolved()).isFalse();
        assertThat(units.underlyingSecurityTitle().value()).isEqualTo("Common Stock");
        assertThat(units.sharesOwnedFollowing().value()).isEqualTo(new BigDecimal("15258.76"));
    }
}
