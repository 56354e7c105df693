package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;

/** Reading {@code form.idx} rows in both of EDGAR's layouts, and choosing which index files cover a range. */
class FormIndexTests {

    static final DateRange MARCH_7 = new DateRange(LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 7));

    @Test
    void readsTheQuarterlyLayoutAndKeepsOneRowPerAccession() {
        var body = """
                Form Type   Company Name                                                  CIK         Date Filed  File Name
                ---------------------------------------------------------------------------------------------------------
                4           Eschenbach Carl M.                                            1409324     2025-03-07  edgar/data/1409324/0001327811-25-000050.txt
                4           Workday, Inc.                                                 1327811     2025-03-07  edgar/data/1327811/0001327811-25-000050.txt
                4/A         LAM RESEARCH CORP                                             707549      2025-01-21  edgar/data/707549/0000707549-25-000004.txt
                SC 13G      SYNTHETIC  SPACED   FUND 2 LP                                 9999998     2025-03-07  edgar/data/9999998/0009999998-25-000005.txt
                """;
        var refs = new LinkedHashMap<String, FilingRef>();
        FormIndex.parse(body, Forms.OWNERSHIP, new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)), refs);

        assertThat(refs.values()).containsExactly(
                new FilingRef(1409324, "0001327811-25-000050", "4", LocalDate.of(2025, 3, 7)),
                new FilingRef(707549, "0000707549-25-000004", "4/A", LocalDate.of(2025, 1, 21)));
    }

    @Test
    void readsTheDailyLayoutWithItsWrappedHeaderAndCrlf() {
        var body = "Form Type   Company Name                                                  CIK\r\n"
                + "      Date Filed  File Name\r\n"
                + "-----------------------------------------------------\r\n"
                + "4                Workday, Inc.                                                 1327811     "
                + "20250307    edgar/data/1327811/0001327811-25-000050.txt\r\n"
                + "SC 13G           SYNTHETIC  SPACED   FUND 2 LP                                 9999998     "
                + "20250307    edgar/data/9999998/0009999998-25-000005.txt\r\n";
        var refs = new LinkedHashMap<String, FilingRef>();
        FormIndex.parse(body, Forms.OWNERSHIP, MARCH_7, refs);
        assertThat(refs.values()).containsExactly(
                new FilingRef(1327811, "0001327811-25-000050", "4", LocalDate.of(2025, 3, 7)));

        var thirteenG = new LinkedHashMap<String, FilingRef>();
        FormIndex.parse(body, Forms.parse("sc 13g"), MARCH_7, thirteenG);
        assertThat(thirteenG.values()).extracting(FilingRef::cik).as("a form type with a space, a name with runs")
                .containsExactly(9999998L);
    }

    @Test
    void takesWholeQuartersThatAreOverFromTheQuarterlyIndexAndTheRestDayByDayWithoutWeekends() {
        var today = LocalDate.of(2025, 4, 9);
        var plan = IndexPlan.of(new DateRange(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 4, 9)), today);

        assertThat(plan).extracting(IndexPlan.Index::archivePath).containsExactly(
                "/Archives/edgar/daily-index/2024/QTR4/form.20241230.idx",
                "/Archives/edgar/daily-index/2024/QTR4/form.20241231.idx",
                "/Archives/edgar/full-index/2025/QTR1/form.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250401.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250402.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250403.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250404.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250407.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250408.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250409.idx");
        assertThat(plan).filteredOn(index -> !index.settled()).extracting(IndexPlan.Index::archivePath)
                .as("only today's index may still change").containsExactly(
                        "/Archives/edgar/daily-index/2025/QTR2/form.20250409.idx");
    }

    @Test
    void aQuarterThatIsNotOverIsReadDayByDayEvenWhenTheRangeCoversIt() {
        var plan = IndexPlan.of(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)),
                LocalDate.of(2025, 4, 2));
        assertThat(plan).extracting(IndexPlan.Index::archivePath).containsExactly(
                "/Archives/edgar/daily-index/2025/QTR2/form.20250401.idx",
                "/Archives/edgar/daily-index/2025/QTR2/form.20250402.idx");
    }
}
