package io.insidergraph.filing;

import static io.insidergraph.filing.Variants.AMENDMENT;
import static io.insidergraph.filing.Variants.DERIVATIVES;
import static io.insidergraph.filing.Variants.FORM4;
import static io.insidergraph.filing.Variants.X0306_FORM4;
import static io.insidergraph.filing.Variants.element;
import static io.insidergraph.filing.Variants.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * A filing that lacks what the Ownership XML schema requires is rejected, naming what is missing (issue 12: filings
 * with no {@code <reportingOwner>}, in nine variants, were ingested). Each variant is a real filing with one element
 * taken away or hidden; the SEC's XSDs, through the JDK's validator, find every variant invalid too. What is
 * required follows the schema version: {@code aff10b5One} only from X0407 (see
 * {@code src/test/resources/ownership-xsd/README.md} for what the corpus shows).
 */
class RequiredElementsTests {

    private static final FilingParser PARSER = new FilingParser();
    private static final String OWNER = element(FORM4, "reportingOwner");

    /** A real filing with {@code from} replaced by {@code to}; {@code problem} follows "missing required field: ". */
    record Missing(String name, String base, String formType, String version, String from, String to,
            String problem) {

        byte[] bytes() {
            return replace(base, from, to);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Missing> withoutAReportingOwner() {
        String none = "no reportingOwner (the schema requires 1 to 10)";
        return Stream.of(
                form4("the element removed", OWNER, "", none),
                form4("the element renamed", OWNER, OWNER.replace("reportingOwner>", "reportingOwnr>"), none),
                form4("the element in capitals", OWNER, OWNER.replace("<reportingOwner>", "<ReportingOwner>")
                        .replace("</reportingOwner>", "</ReportingOwner>"), none),
                form4("the element commented out", OWNER, "<!-- " + OWNER + " -->", none),
                form4("the element in another namespace", OWNER,
                        OWNER.replace("<reportingOwner>", "<reportingOwner xmlns=\"urn:other\">"), none),
                form4("the element with a namespace prefix", OWNER,
                        OWNER.replace("<reportingOwner>", "<o:reportingOwner xmlns:o=\"urn:other\">")
                                .replace("</reportingOwner>", "</o:reportingOwner>"), none),
                form4("the element moved into the issuer", "</issuer>\n\n    " + OWNER, OWNER + "</issuer>", none),
                form4("the element escaped as text", OWNER,
                        OWNER.replace("<", "&lt;").replace(">", "&gt;"), none),
                form4("an empty element", OWNER, "<reportingOwner/>",
                        "no reportingOwner[1]/reportingOwnerId/rptOwnerCik"));
    }

    static Stream<Missing> withoutOtherRequiredElements() {
        String row = "nonDerivativeTable/nonDerivativeTransaction[1]/";
        String derivative = "derivativeTable/derivativeTransaction[1]/";
        return Stream.of(
                form4("no periodOfReport", "<periodOfReport>2024-03-11</periodOfReport>", "", "no periodOfReport"),
                form4("no issuerTradingSymbol", "<issuerTradingSymbol>MSFT</issuerTradingSymbol>", "",
                        "no issuer/issuerTradingSymbol"),
                form4("no reportingOwnerRelationship", element(FORM4, "reportingOwnerRelationship"), "",
                        "no reportingOwner[1]/reportingOwnerRelationship"),
                form4("no aff10b5One in an X0508 Form 4", "<aff10b5One>0</aff10b5One>", "",
                        "no aff10b5One (required since X0407)"),
                form4("no ownerSignature", element(FORM4, "ownerSignature"), "",
                        "no ownerSignature (the schema requires 1 to 10)"),
                form4("no signatureDate", "<signatureDate>2024-03-12</signatureDate>", "",
                        "no ownerSignature[1]/signatureDate"),
                form4("no securityTitle", element(FORM4, "securityTitle"), "", "no " + row + "securityTitle/value"),
                form4("no transactionDate", element(FORM4, "transactionDate"), "",
                        "no " + row + "transactionDate/value"),
                form4("no transactionShares", element(FORM4, "transactionShares"), "",
                        "no " + row + "transactionAmounts/transactionShares/value"),
                form4("no transactionPricePerShare", element(FORM4, "transactionPricePerShare"), "",
                        "no " + row + "transactionAmounts/transactionPricePerShare: the schema requires a value or a"
                                + " footnoteId"),
                form4("no postTransactionAmounts", element(FORM4, "postTransactionAmounts"), "",
                        "no " + row + "postTransactionAmounts/sharesOwnedFollowingTransaction/value or"
                                + " valueOwnedFollowingTransaction/value"),
                form4("no ownershipNature", element(FORM4, "ownershipNature"), "",
                        "no " + row + "ownershipNature/directOrIndirectOwnership/value"),
                form4("no transactionCode in a transactionCoding", "<transactionCode>S</transactionCode>", "",
                        "no " + row + "transactionCoding/transactionCode"),
                new Missing("no exerciseDate in a derivative transaction", DERIVATIVES, "4", "X0508",
                        element(DERIVATIVES, "exerciseDate"), "",
                        "no " + derivative + "exerciseDate: the schema requires a value or a footnoteId"),
                new Missing("no underlyingSecurityTitle", DERIVATIVES, "4", "X0508",
                        element(DERIVATIVES, "underlyingSecurityTitle"), "",
                        "no " + derivative + "underlyingSecurity/underlyingSecurityTitle/value"),
                new Missing("no dateOfOriginalSubmission in a 4/A", AMENDMENT, "4/A", "X0306",
                        element(AMENDMENT, "dateOfOriginalSubmission"), "", "no dateOfOriginalSubmission"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutAReportingOwner")
    void aFilingWithoutAReportingOwnerIsRejected(Missing variant) {
        rejects(variant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutOtherRequiredElements")
    void aFilingWithoutAnElementItsSchemaRequiresIsRejected(Missing variant) {
        rejects(variant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"withoutAReportingOwner", "withoutOtherRequiredElements"})
    void theSchemaFindsEveryOneOfThemInvalidToo(Missing variant) {
        assertThat(OwnershipXsd.problems(variant.bytes(), variant.formType(), variant.version())).isNotEmpty();
    }

    /** aff10b5One came with X0407: none of the 301 older Form 4 and 5 filings of the corpus has it. */
    @Test
    void aFilingOfAVersionBeforeAff10b5OneExistedParsesWithoutIt() throws FilingParseException {
        assertThat(Variants.text(X0306_FORM4)).doesNotContain("aff10b5One");
        assertThat(OwnershipXsd.problems(Corpus.filing(X0306_FORM4), "4", "X0306")).isEmpty();

        var filing = PARSER.parse(X0306_FORM4, Corpus.filing(X0306_FORM4));

        assertThat(filing.schemaVersion()).isEqualTo("X0306");
        assertThat(filing.aff10b5One()).isNull();
        assertThat(filing.reportingOwners()).hasSize(3);
    }

    /** The check a data-set loader calls on its own records. */
    @Test
    void aRecordWithoutReportingOwnersIsRejectedByTheValidator() throws FilingParseException {
        var filing = PARSER.parse("form4.xml", Corpus.filing(FORM4));

        assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> FilingValidator.validate(Records.withOwners(filing, List.of())))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD))
                .withMessage("form4.xml: missing required field: no reportingOwner (the schema requires 1 to 10)");
    }

    private static void rejects(Missing variant) {
        assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> PARSER.parse("missing.xml", variant.bytes()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_REQUIRED_FIELD))
                .withMessage("missing.xml: missing required field: " + variant.problem());
    }

    private static Missing form4(String name, String from, String to, String problem) {
        return new Missing(name, FORM4, "4", "X0508", from, to, problem);
    }
}
