package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnerKindHeuristicTests {

    /** Owner names from the corpus and its headers. */
    @ParameterizedTest
    @ValueSource(strings = {"BERKSHIRE HATHAWAY INC", "GOLDMAN SACHS & CO. LLC", "StoneBridge 2018, L.P.",
            "Bridge Street Opportunity Advisors, L.L.C.", "Broad Street Principal Investments, L.L.C.",
            "VWR Partners, L.P.", "Sequoia Capital U.S. Growth Fund VI", "SoftBank Group Corp.",
            "Better Home & Finance Holding Co", "BECTON DICKINSON & CO", "Smith Family Trust",
            "Andreessen Horowitz Fund III, L.P."})
    void organisationsByAWholeWordOfTheirName(String name) {
        assertThat(OwnerKindHeuristic.classify(name, null)).isEqualTo(OwnerKind.ORGANIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Laguerre Martin", "BUFFETT WARREN E", "Garascia Jessica A.", "Vincent Incorvaia",
            "Corporan Co.Lee", "Smith A.G.", "Doe C.O.", "Holdings-free Person", "Trustman John"})
    void peopleOtherwiseEvenWithLookalikeWordsAndInitials(String name) {
        assertThat(OwnerKindHeuristic.classify(name, null)).isEqualTo(OwnerKind.PERSON);
    }

    @Test
    void headerHintsMakeAnOrganisationWhateverTheName() {
        var header = new HeaderEntity("0001729502", "StoneBridge Alpha", null, null, "DE", "1231", null, null, null,
                null, List.of());

        assertThat(OwnerKindHeuristic.classify("StoneBridge Alpha", header)).isEqualTo(OwnerKind.ORGANIZATION);
        var person = new HeaderEntity("0001963683", "Laguerre Martin", null, null, null, null, null, null, null,
                null, List.of());
        assertThat(OwnerKindHeuristic.classify("Laguerre Martin", person)).isEqualTo(OwnerKind.PERSON);
    }

    @Test
    void ingestRefinesWithCiksKnownAsIssuers() {
        var owner = new ReportingOwner("0000886982", "Goldman Sachs", null, false, false, true, false, null, null,
                OwnerKind.PERSON);

        assertThat(OwnerKindHeuristic.refine(owner, Set.of("0000886982")::contains))
                .isEqualTo(OwnerKind.ORGANIZATION);
        assertThat(OwnerKindHeuristic.refine(owner, Set.of("0000320193")::contains)).isEqualTo(OwnerKind.PERSON);
    }

    /** The nine joint filers of littlesis's Avantor filing: each an organisation, by header or name. */
    @Test
    void everyJointFilerOfTheAvantorFilingIsAnOrganisation() throws FilingParseException {
        OwnershipFiling filing = Corpus.parse("public-accountability__littlesis-rails/0000769993-19-000383.txt");

        assertThat(filing.reportingOwners()).extracting(ReportingOwner::kind).containsOnly(OwnerKind.ORGANIZATION)
                .hasSize(9);
    }
}
