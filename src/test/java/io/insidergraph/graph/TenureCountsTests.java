package io.insidergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The tenure rule on one spell, as the projections of a network apply it (and as network-spells' readers do). */
class TenureCountsTests {

    private static final LocalDate ONLY_REPORT = LocalDate.of(2025, 1, 6);

    @Test
    void aSpellWithOneReportHoldsThroughTheGracePeriodInclusive() {
        assertThat(Tenure.on(ONLY_REPORT, 450).counts(ONLY_REPORT, ONLY_REPORT, null)).isTrue();
        assertThat(Tenure.on(ONLY_REPORT.plusDays(450), 450).counts(ONLY_REPORT, ONLY_REPORT, null)).isTrue();
        assertThat(Tenure.on(ONLY_REPORT.plusDays(451), 450).counts(ONLY_REPORT, ONLY_REPORT, null)).isFalse();
        assertThat(Tenure.on(ONLY_REPORT.plusDays(1), 0).counts(ONLY_REPORT, ONLY_REPORT, null)).isFalse();
        assertThat(Tenure.on(ONLY_REPORT.minusDays(1), 450).counts(ONLY_REPORT, ONLY_REPORT, null)).isFalse();
    }

    @Test
    void anEndedSpellHoldsToItsUntilWhateverTheGracePeriod() {
        var until = ONLY_REPORT.plusDays(30);
        assertThat(Tenure.on(until, 450).counts(ONLY_REPORT, ONLY_REPORT, until)).isTrue();
        assertThat(Tenure.on(until.plusDays(1), 450).counts(ONLY_REPORT, ONLY_REPORT, until)).isFalse();
    }

    @Test
    void aWindowTakesSpellsThatOverlapItAndNoDateTakesEvery() {
        var spellEnd = ONLY_REPORT.plusDays(10);
        assertThat(new Tenure(null, spellEnd, null, 10).counts(ONLY_REPORT, ONLY_REPORT, null)).isTrue();
        assertThat(new Tenure(null, spellEnd.plusDays(1), null, 10).counts(ONLY_REPORT, ONLY_REPORT, null)).isFalse();
        assertThat(new Tenure(null, null, ONLY_REPORT, 10).counts(ONLY_REPORT, ONLY_REPORT, null)).isTrue();
        assertThat(new Tenure(null, null, ONLY_REPORT.minusDays(1), 10).counts(ONLY_REPORT, ONLY_REPORT, null))
                .isFalse();
        assertThat(Tenure.on(null, 0).counts(null, null, null)).isTrue();
        assertThat(Tenure.on(ONLY_REPORT, 0).counts(null, ONLY_REPORT, null)).as("no start: as null in Cypher")
                .isFalse();
    }
}
