package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expectations RxDataLab/go-edgar wrote for the five Form 4s it tests (testdata/form4/&lt;case&gt;/expected.json
 * at c1a4bb638c57, copied to {@code groundtruth/go-edgar/}): every fact they state, compared with ours.
 * <p>
 * Where they differ from the file, the file wins and the test says so: go-edgar's holdings carry no shares and an
 * empty direct/indirect code (snow states 577218 shares, "I", for the first), so for holdings only the title is
 * compared and the file's values are asserted separately. Their {@code is10b51Plan} and
 * {@code plan10b51AdoptionDate} per transaction are their reading of footnote text, not facts of the filing, and are
 * not compared; their filing-level {@code has10b51Plan} agrees with the filing's aff10b5One flag in all five cases.
 * Their pseudo-footnote {@code REMARKS} is the filing's remarks.
 */
class GoEdgarGroundTruthTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"arrowhead_footnotes", "beckton_dickerson_remarks_10b51", "promis_neuro_x_codes", "snow",
            "wave_derivatives"})
    void everyFactGoEdgarStates(String testCase) throws FilingParseException {
        JsonNode expected = JSON.readTree(Corpus.resource("groundtruth/go-edgar/" + testCase + ".expected.json"))
                .get("expected");
        OwnershipFiling filing = Corpus.parse("RxDataLab__go-edgar/" + testCase + "/input.xml");

        assertThat(filing.formType()).isEqualTo(text(expected.at("/metadata/formType")));
        assertThat(filing.periodOfReport()).isEqualTo(LocalDate.parse(text(expected.at("/metadata/periodOfReport"))));
        assertThat(filing.schemaVersion()).isEqualTo(text(expected.get("schemaVersion")));
        assertThat(Boolean.TRUE.equals(filing.aff10b5One())).isEqualTo(expected.get("has10b51Plan").asBoolean());
        assertThat(filing.issuer().cik()).isEqualTo(text(expected.at("/metadata/cik")));
        assertThat(filing.issuer().cik()).isEqualTo(text(expected.at("/issuer/cik")));
        assertThat(filing.issuer().name()).isEqualTo(text(expected.at("/issuer/name")));
        assertThat(filing.issuer().tradingSymbol()).isEqualTo(text(expected.at("/issuer/ticker")));

        List<JsonNode> owners = list(expected.get("reportingOwners"));
        assertThat(filing.reportingOwners()).hasSameSizeAs(owners);
        for (int i = 0; i < owners.size(); i++) {
            assertOwner(filing.reportingOwners().get(i), owners.get(i));
        }
        assertTransactions(filing.nonDerivativeTransactions(), list(expected.get("transactions")), false);
        assertTransactions(filing.derivativeTransactions(), list(expected.get("derivatives")), true);

        List<JsonNode> holdings = list(expected.get("holdings"));
        assertThat(filing.nonDerivativeHoldings()).hasSameSizeAs(holdings);
        for (int i = 0; i < holdings.size(); i++) {
            assertThat(filing.nonDerivativeHoldings().get(i).securityTitle().value())
                    .isEqualTo(text(holdings.get(i).get("securityTitle")));
        }

        var footnotes = new ArrayList<Footnote>(filing.footnotes());
        if (filing.remarks() != null) {
            footnotes.add(new Footnote("REMARKS", filing.remarks()));
        }
        assertThat(footnotes).extracting(Footnote::id)
                .containsExactlyElementsOf(list(expected.get("footnotes")).stream().map(n -> text(n.get("id"))).toList());
        for (JsonNode note : list(expected.get("footnotes"))) {
            assertThat(footnotes).filteredOn(f -> f.id().equals(text(note.get("id")))).singleElement()
                    .extracting(Footnote::text).isEqualTo(text(note.get("text")).strip());
        }

        assertThat(filing.signatures()).extracting(Signature::name)
                .containsExactlyElementsOf(list(expected.get("signatures")).stream().map(n -> text(n.get("name"))).toList());
        assertThat(filing.signatures()).extracting(Signature::date).containsExactlyElementsOf(
                list(expected.get("signatures")).stream().map(n -> LocalDate.parse(text(n.get("date")))).toList());
    }

    /** The file's own values for snow's first holding, which go-edgar leaves empty. */
    @org.junit.jupiter.api.Test
    void snowHoldingsAsTheFileStatesThem() throws FilingParseException {
        Holding first = Corpus.parse("RxDataLab__go-edgar/snow/input.xml").nonDerivativeHoldings().getFirst();

        assertThat(first.sharesOwnedFollowing()).isEqualTo(Golden.n("577218"));
        assertThat(first.directOrIndirect()).isEqualTo(Golden.f("I"));
        assertThat(first.natureOfOwnership()).isEqualTo(Golden.f("Trust", "F8"));
    }

    private static void assertOwner(ReportingOwner owner, JsonNode expected) {
        assertThat(owner.cik()).isEqualTo(text(expected.get("cik")));
        assertThat(owner.name()).isEqualTo(text(expected.get("name")));
        JsonNode address = expected.get("address");
        assertThat(owner.address()).isNotNull();
        assertThat(owner.address().street1()).isEqualTo(text(address.get("street1")));
        assertThat(owner.address().street2()).isEqualTo(text(address.get("street2")));
        assertThat(owner.address().city()).isEqualTo(text(address.get("city")));
        assertThat(owner.address().state()).isEqualTo(text(address.get("state")));
        assertThat(owner.address().zipCode()).isEqualTo(text(address.get("zipCode")));
        JsonNode relationship = expected.get("relationship");
        assertThat(owner.isDirector()).isEqualTo(relationship.get("isDirector").asBoolean());
        assertThat(owner.isOfficer()).isEqualTo(relationship.get("isOfficer").asBoolean());
        assertThat(owner.isTenPercentOwner()).isEqualTo(relationship.get("isTenPercentOwner").asBoolean());
        assertThat(owner.isOther()).isEqualTo(relationship.get("isOther").asBoolean());
        assertThat(owner.officerTitle()).isEqualTo(text(relationship.get("officerTitle")));
    }

    private static void assertTransactions(List<Transaction> actual, List<JsonNode> expected, boolean derivative) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Transaction t = actual.get(i);
            JsonNode e = expected.get(i);
            assertThat(t.securityTitle().value()).isEqualTo(text(e.get("securityTitle")));
            assertThat(t.transactionDate().value()).isEqualTo(LocalDate.parse(text(e.get("transactionDate"))));
            assertThat(t.code().value()).isEqualTo(text(e.get("transactionCode")));
            assertNumber(t.shares().value(), e.get("shares"));
            assertNumber(t.pricePerShare().value(), e.get("pricePerShare"));
            assertThat(t.acquiredDisposed().value()).isEqualTo(text(e.get("acquiredDisposed")));
            assertNumber(t.sharesOwnedFollowing().value(), e.get("sharesOwnedFollowing"));
            assertThat(t.directOrIndirect().value()).isEqualTo(text(e.get("directIndirect")));
            assertThat(t.equitySwapInvolved()).isEqualTo(e.get("equitySwapInvolved").asBoolean());
            assertThat(t.footnoteIds()).containsExactlyInAnyOrderElementsOf(
                    list(e.get("footnotes")).stream().map(GoEdgarGroundTruthTests::text).toList());
            if (derivative) {
                assertNumber(t.conversionOrExercisePrice().value(), e.get("exercisePrice"));
                assertThat(t.expirationDate().value()).isEqualTo(date(e.get("expirationDate")));
                assertThat(t.underlyingSecurityTitle().value()).isEqualTo(text(e.get("underlyingTitle")));
                assertNumber(t.underlyingSecurityShares().value(), e.get("underlyingShares"));
            }
        }
    }

    /** go-edgar writes a missing number as 0 or leaves it out; both mean "no value" in the file. */
    private static void assertNumber(@Nullable BigDecimal actual, @Nullable JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).isNull();
        } else if (actual == null) {
            assertThat(expected.decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        } else {
            assertThat(actual).isEqualByComparingTo(expected.decimalValue());
        }
    }

    private static @Nullable LocalDate date(@Nullable JsonNode node) {
        String text = text(node);
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static List<JsonNode> list(@Nullable JsonNode array) {
        var result = new ArrayList<JsonNode>();
        if (array != null && !array.isNull()) {
            array.forEach(result::add);
        }
        return result;
    }
}
