package io.insidergraph.dataset;

import static io.insidergraph.dataset.Datasets.corpusEight;
import static io.insidergraph.dataset.Datasets.read;
import static io.insidergraph.dataset.Datasets.with;
import static io.insidergraph.dataset.Datasets.withField;
import static io.insidergraph.dataset.Datasets.withLine;
import static io.insidergraph.dataset.Datasets.withoutRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import io.insidergraph.filing.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each quirk of the real data sets (see the datasets README), on the eight corpus filings with one table changed the
 * way a real quarter has it, and a quarter with bad rows.
 */
class DatasetQuirksTests {

    private static final String MICROSOFT = "0001062993-24-016587";
    private static final String PALANTIR = "0001321655-24-000181";
    private static final String BLOCK = "0001062993-24-014684";

    @TempDir
    Path temp;

    @Test
    void quotedFieldsLoseTheirQuotesAndDoubledQuotesBecomeOne() throws Exception {
        var tables = withField(corpusEight(), "NONDERIV_HOLDING.tsv", MICROSOFT, "SECURITY_TITLE",
                "\"Common Stock, par value $1.00 per share (\"\"Common Stock\"\")\"");

        var holding = read(temp, tables).filings().get(MICROSOFT).nonDerivativeHoldings().getFirst();

        assertThat(holding.securityTitle().value())
                .isEqualTo("Common Stock, par value $1.00 per share (\"Common Stock\")");
    }

    @Test
    void aFootnoteListPutsEveryIdOnThatFieldInFootnoteOrder() throws Exception {
        var tables = withField(corpusEight(), "DERIV_TRANS.tsv", MICROSOFT, "CONV_EXERCISE_PRICE_FN",
                "F3, F1, F10, F2");

        var units = read(temp, tables).filings().get(MICROSOFT).derivativeTransactions().getFirst();

        assertThat(units.conversionOrExercisePrice()).isEqualTo(new Fact<>(null, List.of("F1", "F2", "F3", "F10")));
        assertThat(units.shares()).as("the next field keeps its own").isEqualTo(
                new Fact<>(new BigDecimal("26.8"), List.of("F2")));
    }

    @Test
    void derivTransSpellsExcerciseDateAndDerivHoldingExerciseDate() throws Exception {
        var tables = withField(corpusEight(), "DERIV_TRANS.tsv", MICROSOFT, "EXCERCISE_DATE", "12-SEP-2025");
        tables = withLine(tables, "DERIV_HOLDING.tsv", MICROSOFT
                + "\t1\tStock Option (right to buy)\t\t10.5\t\t\t\t01-MAR-2025\tF4\t01-MAR-2034\t\tCommon Stock"
                + "\t\t100.0\t\t\t\t100.0\t\t\t\tD\t\t\t");

        var filing = read(temp, tables).filings().get(MICROSOFT);

        assertThat(filing.derivativeTransactions().getFirst().exerciseDate())
                .isEqualTo(new Fact<>(LocalDate.of(2025, 9, 12), List.of("F3")));
        var option = filing.derivativeHoldings().getFirst();
        assertThat(option.exerciseDate()).isEqualTo(new Fact<>(LocalDate.of(2025, 3, 1), List.of("F4")));
        assertThat(option.expirationDate().value()).isEqualTo(LocalDate.of(2034, 3, 1));
        assertThat(option.conversionOrExercisePrice().value()).isEqualTo(new BigDecimal("10.5"));
    }

    @Test
    void aQuarterWithoutAff10b5OneLeavesItAbsentAndOneWithItReadsIt() throws Exception {
        assertThat(read(temp, corpusEight()).filings().get(PALANTIR).aff10b5One()).isNull();

        var submission = corpusEight().get("SUBMISSION.tsv").lines()
                .map(line -> line + (line.startsWith("ACCESSION_NUMBER") ? "\tAFF10B5ONE"
                        : line.startsWith(PALANTIR) ? "\t1" : "\t0"))
                .collect(Collectors.joining("\n", "", "\n"));
        var filings = read(temp, with(corpusEight(), "SUBMISSION.tsv", submission)).filings();

        assertThat(filings.get(PALANTIR).aff10b5One()).isTrue();
        assertThat(filings.get(MICROSOFT).aff10b5One()).isFalse();
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrderAndExtraColumnsAreIgnored() throws Exception {
        var plain = read(temp, corpusEight()).filings();
        var tables = new java.util.LinkedHashMap<String, String>();
        corpusEight().forEach((file, text) -> tables.put(file, reversedColumnsPlusExtra(text)));

        var shuffled = read(temp, tables);

        assertThat(shuffled.rejects()).isEmpty();
        assertThat(shuffled.filings().keySet()).isEqualTo(plain.keySet());
        for (var accession : plain.keySet()) {
            assertThat(DatasetMatchesXmlTests.comparable(shuffled.filings().get(accession)))
                    .isEqualTo(DatasetMatchesXmlTests.comparable(plain.get(accession)));
        }
    }

    @Test
    void rolesRunTogetherOrCutShortStillGiveTheirFlags() throws Exception {
        var tables = withField(corpusEight(), "REPORTINGOWNER.tsv", PALANTIR, "RPTOWNER_RELATIONSHIP",
                "TenPercentOwnerOther");
        tables = withField(tables, "REPORTINGOWNER.tsv", MICROSOFT, "RPTOWNER_RELATIONSHIP",
                "Director,Officer,TenPercentOwn");
        tables = withField(tables, "REPORTINGOWNER.tsv", MICROSOFT, "RPTOWNER_TITLE", "Chief Executive Officer");
        tables = withField(tables, "REPORTINGOWNER.tsv", BLOCK, "RPTOWNER_RELATIONSHIP", "DirectorOther");
        tables = withField(tables, "REPORTINGOWNER.tsv", BLOCK, "RPTOWNER_TXT", "Member of 10% group");

        var filings = read(temp, tables).filings();

        var thiel = filings.get(PALANTIR).reportingOwners().getFirst();
        assertThat(List.of(thiel.isDirector(), thiel.isOfficer(), thiel.isTenPercentOwner(), thiel.isOther()))
                .containsExactly(false, false, true, true);
        var hoffman = filings.get(MICROSOFT).reportingOwners().getFirst();
        assertThat(List.of(hoffman.isDirector(), hoffman.isOfficer(), hoffman.isTenPercentOwner(), hoffman.isOther()))
                .containsExactly(true, true, true, false);
        assertThat(hoffman.officerTitle()).isEqualTo("Chief Executive Officer");
        var botha = filings.get(BLOCK).reportingOwners().getFirst();
        assertThat(List.of(botha.isDirector(), botha.isOfficer(), botha.isTenPercentOwner(), botha.isOther()))
                .containsExactly(true, false, false, true);
        assertThat(botha.otherText()).isEqualTo("Member of 10% group");
    }

    @Test
    void aQuarterWithBadRowsRejectsThoseFilingsWithTableLineAndColumnAndLoadsTheRest() throws Exception {
        var tables = withField(corpusEight(), "NONDERIV_TRANS.tsv", BLOCK, "TRANS_DATE", "31-JUX-2024");
        tables = withField(tables, "DERIV_TRANS.tsv", "0001062993-24-016335", "TRANS_SHARES", "224,O5");
        tables = withoutRows(tables, "REPORTINGOWNER.tsv", MICROSOFT);
        tables = withLine(tables, "OWNER_SIGNATURE.tsv", "0009999999-24-000001\t/s/ Nobody\t01-JUL-2024");
        tables = withField(tables, "NONDERIV_HOLDING.tsv", PALANTIR, "NONDERIV_HOLDING_SK", "2232430\textra");
        tables = withField(tables, "OWNER_SIGNATURE.tsv", "0001628280-24-030951", "OWNERSIGNATUREDATE", "2024-07-02");

        var read = read(temp, tables);

        assertThat(read.filings()).containsOnlyKeys("0001415889-24-019064", "0001628280-24-031146",
                "0001628280-24-038676");
        var rejects = new ArrayList<>(read.rejects());
        Collections.sort(rejects);
        assertThat(rejects).containsExactly(
                "0001062993-24-014684: NONDERIV_TRANS.tsv line 2, column TRANS_DATE: '31-JUX-2024' is not a date"
                        + " (DD-MON-YYYY)",
                "0001062993-24-016335: DERIV_TRANS.tsv line 3, column TRANS_SHARES: '224,O5' is not a number",
                "0001062993-24-016587: SUBMISSION.tsv line 4: no REPORTINGOWNER row for this accession (a filing"
                        + " has at least one reporting owner)",
                "0001321655-24-000181: NONDERIV_HOLDING.tsv line 2: 15 fields where the header has 14",
                "0001628280-24-030951: OWNER_SIGNATURE.tsv line 9, column OWNERSIGNATUREDATE: '2024-07-02' is not a"
                        + " date (DD-MON-YYYY)",
                "0009999999-24-000001: no SUBMISSION row for this accession, which has 1 row in OWNER_SIGNATURE.tsv"
                        + " (line 10)");
        assertThat(read.counts().filings()).isEqualTo(3);
        assertThat(read.counts().rejected()).isEqualTo(6);
    }

    @Test
    void aValueTheOwnershipSchemaDoesNotAllowRejectsTheFilingAsItsXmlWould() throws Exception {
        var tables = withField(corpusEight(), "NONDERIV_TRANS.tsv", PALANTIR, "TRANS_CODE", "Q");

        var read = read(temp, tables);

        assertThat(read.filings()).hasSize(7).doesNotContainKey(PALANTIR);
        assertThat(read.rejects()).singleElement().satisfies(reject -> assertThat(reject)
                .startsWith(PALANTIR + ": SUBMISSION.tsv line 3: this filing breaks the Ownership XML schema's bounds,"
                        + " as an XML copy would: ")
                .contains("nonDerivativeTable/nonDerivativeTransaction[", "transactionCode"));
    }

    @Test
    void aRowWithoutAnAccessionNumberIsRejectedOnItsOwn() throws Exception {
        var tables = withLine(corpusEight(), "FOOTNOTES.tsv", "\tF1\tA footnote of no filing");

        var read = read(temp, tables);

        assertThat(read.filings()).hasSize(8);
        assertThat(read.rejects()).containsExactly("null: FOOTNOTES.tsv line 34, column ACCESSION_NUMBER: no"
                + " accession number, so the row belongs to no filing");
    }

    /** The table with its columns in reverse order and two columns it does not have, as column drift makes them. */
    private static String reversedColumnsPlusExtra(String table) {
        var out = new StringBuilder();
        var lines = table.split("\n");
        for (int i = 0; i < lines.length; i++) {
            var fields = new ArrayList<>(List.of(lines[i].split("\t", -1)));
            Collections.reverse(fields);
            fields.add(1, i == 0 ? "CONTACT_NAME" : "someone");
            fields.add(i == 0 ? "CONTACT_PHONE" : "555-0100");
            out.append(String.join("\t", fields)).append('\n');
        }
        return out.toString();
    }
}
