package io.insidergraph.filing;

import static io.insidergraph.filing.Variants.DERIVATIVES;
import static io.insidergraph.filing.Variants.FORM4;
import static io.insidergraph.filing.Variants.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Every value is bounded by what the Ownership XML schema allows (issue 12, "Hostile filings"): real filings with
 * one value pushed one past its limit are rejected with a reason that names the field, the same filings with the
 * value at its limit parse, and the SEC's XSDs, through the JDK's validator, agree with both verdicts. The limits
 * come from the XSDs ({@code src/test/resources/ownership-xsd/README.md}).
 */
class SchemaBoundsTests {

    private static final FilingParser PARSER = new FilingParser();

    /** One value of a real filing changed; {@code problem} is what the rejection says after the file name. */
    record Variant(String name, String base, String from, String to, String problem) {

        byte[] bytes() {
            return replace(base, from, to);
        }

        /** All but the footnote's length, which the XSD leaves open and the specification's table sets. */
        boolean boundByTheXsd() {
            return !name.startsWith("footnote of");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Variant> overTheLimit() {
        String owner = "reportingOwner[1]/";
        String row = "nonDerivativeTable/nonDerivativeTransaction[1]/";
        return Stream.of(
                new Variant("owner name of 151 characters", FORM4, "Hogan Kathleen T", "H".repeat(151),
                        owner + "reportingOwnerId/rptOwnerName: 151 characters ('HHHHHHHHHHHHHHHHHHHHHHHH…'), more"
                                + " than the 150 the schema allows"),
                new Variant("issuer name of 151 characters", FORM4, "<issuerName>MICROSOFT CORP<",
                        "<issuerName>" + "M".repeat(151) + "<",
                        "issuer/issuerName: 151 characters ('MMMMMMMMMMMMMMMMMMMMMMMM…'), more than the 150 the"
                                + " schema allows"),
                new Variant("trading symbol of 11 characters", FORM4, "<issuerTradingSymbol>MSFT<",
                        "<issuerTradingSymbol>MSFTMSFTMSF<", "issuer/issuerTradingSymbol: 11 characters"
                                + " ('MSFTMSFTMS…'), more than the 10 the schema allows"),
                new Variant("officer title of 31 characters", FORM4, "EVP, Chief Human Resources Off",
                        "EVP, Chief Human Resources Offi", owner + "reportingOwnerRelationship/officerTitle: 31"
                                + " characters ('EVP, Chief Human Resourc…'), more than the 30 the schema allows"),
                new Variant("street of 41 characters", FORM4, "C/O MICROSOFT CORPORATION",
                        "C/O MICROSOFT CORPORATION" + "N".repeat(16), owner + "reportingOwnerAddress/rptOwnerStreet1:"
                                + " 41 characters ('C/O MICROSOFT CORPORATIO…'), more than the 40 the schema allows"),
                new Variant("city of 31 characters", FORM4, "REDMOND", "REDMOND" + "D".repeat(24),
                        owner + "reportingOwnerAddress/rptOwnerCity: 31 characters ('REDMONDDDDDDDDDDDDDDDDDD…'),"
                                + " more than the 30 the schema allows"),
                new Variant("zip code outside its pattern", FORM4, "98052-6399", "98052_6399",
                        owner + "reportingOwnerAddress/rptOwnerZipCode: '98052_6399' is not one the schema allows"
                                + " (letters, digits, spaces, '#' and '-')"),
                new Variant("security title of 61 characters", FORM4, "<value>Common Stock</value>",
                        "<value>" + "C".repeat(61) + "</value>", row + "securityTitle/value: 61 characters"
                                + " ('CCCCCCCCCCCCCCCCCCCCCCCC…'), more than the 60 the schema allows"),
                new Variant("nature of ownership of 101 characters", FORM4,
                        "<value>D</value>\n                </directOrIndirectOwnership>",
                        "<value>I</value>\n                </directOrIndirectOwnership>\n"
                                + "<natureOfOwnership><value>" + "T".repeat(101) + "</value></natureOfOwnership>",
                        row + "ownershipNature/natureOfOwnership/value: 101 characters ('TTTTTTTTTTTTTTTTTTTTTTTT…'),"
                                + " more than the 100 the schema allows"),
                new Variant("signature name of 256 characters", FORM4,
                        "Ann Habernigg, Attorney-in-Fact for Kathleen T. Hogan", "A".repeat(256),
                        "ownerSignature[1]/signatureName: 256 characters ('AAAAAAAAAAAAAAAAAAAAAAAA…'), more than"
                                + " the 255 the schema allows"),
                new Variant("remarks of 2001 characters", FORM4, "    <ownerSignature>",
                        "<remarks>" + "R".repeat(2001) + "</remarks>\n    <ownerSignature>",
                        "remarks: 2001 characters ('RRRRRRRRRRRRRRRRRRRRRRRR…'), more than the 2000 the schema"
                                + " allows"),
                new Variant("footnote of 1001 characters", FORM4, "    <ownerSignature>",
                        "<footnotes><footnote id=\"F1\">" + "N".repeat(1001) + "</footnote></footnotes>\n"
                                + "    <ownerSignature>",
                        "footnotes/footnote[1]: 1001 characters ('NNNNNNNNNNNNNNNNNNNNNNNN…'), more than the 1000"
                                + " the schema allows"),
                new Variant("shares over 999999999999.9999", FORM4, "<value>21955.333</value>",
                        "<value>1000000000000</value>", row + "transactionAmounts/transactionShares/value:"
                                + " '1000000000000' is out of range; the schema allows 0 to 999999999999.9999, with"
                                + " at most 4 decimal places"),
                new Variant("price with five decimal places", FORM4, "<value>403.96</value>",
                        "<value>403.96001</value>", row + "transactionAmounts/transactionPricePerShare/value:"
                                + " '403.96001' is out of range; the schema allows 0 to 999999999999.9999, with at"
                                + " most 4 decimal places"),
                new Variant("1E400 shares, which a double holds as Infinity", FORM4, "<value>21955.333</value>",
                        "<value>1E400</value>", row + "transactionAmounts/transactionShares/value: '1E400' is out of"
                                + " range; the schema allows 0 to 999999999999.9999, with at most 4 decimal places"),
                new Variant("Infinity shares", FORM4, "<value>21955.333</value>", "<value>Infinity</value>",
                        row + "transactionAmounts/transactionShares/value: 'Infinity' is not a finite number; the"
                                + " schema allows 0 to 999999999999.9999, with at most 4 decimal places"),
                new Variant("negative holdings", FORM4, "<value>159763.8199</value>", "<value>-159763.8199</value>",
                        row + "postTransactionAmounts/sharesOwnedFollowingTransaction/value: '-159763.8199' is"
                                + " negative; the schema allows 0 to 999999999999.9999, with at most 4 decimal places"),
                new Variant("transaction code K, not in TRANS_CODE_PICKLIST", FORM4,
                        "<transactionCode>S</transactionCode>", "<transactionCode>K</transactionCode>",
                        row + "transactionCoding/transactionCode: 'K' is not one the schema allows"
                                + " ([ACDEFGHIJLMOPSUWXZ])"),
                new Variant("acquired/disposed code X", FORM4,
                        "<value>D</value>\n                </transactionAcquiredDisposedCode>",
                        "<value>X</value>\n                </transactionAcquiredDisposedCode>",
                        row + "transactionAmounts/transactionAcquiredDisposedCode/value: 'X' is not one the schema"
                                + " allows ([AD])"),
                new Variant("footnote reference F100", DERIVATIVES,
                        "<value>Tranche A Common Share Purchase Warrants</value>",
                        "<value>Tranche A Common Share Purchase Warrants</value><footnoteId id=\"F100\"/>",
                        "derivativeTable/derivativeTransaction[1]/securityTitle/value/footnoteId: 'F100' is not one"
                                + " the schema allows (F1 to F99)"),
                new Variant("eleven reporting owners", FORM4, "    <aff10b5One>",
                        owners(10) + "    <aff10b5One>",
                        "reportingOwner: 11 of them, more than the 10 the schema allows"),
                new Variant("31 rows in Table I", FORM4, "    </nonDerivativeTable>",
                        Variants.element(FORM4, "nonDerivativeTransaction").repeat(30) + "    </nonDerivativeTable>",
                        "nonDerivativeTable: 31 transactions and holdings, more than the 30 the schema allows"),
                new Variant("eleven signatures", FORM4, "</ownershipDocument>",
                        Variants.element(FORM4, "ownerSignature").repeat(10) + "</ownershipDocument>",
                        "ownerSignature: 11 of them, more than the 10 the schema allows"));
    }

    static Stream<Variant> atTheLimit() {
        return Stream.of(
                new Variant("owner name of 150 characters", FORM4, "Hogan Kathleen T", "H".repeat(150), ""),
                new Variant("officer title of 30 characters, as filed", FORM4, "</officerTitle>", "</officerTitle>",
                        ""),
                new Variant("remarks of 2000 characters", FORM4, "    <ownerSignature>",
                        "<remarks>" + "R".repeat(2000) + "</remarks>\n    <ownerSignature>", ""),
                new Variant("footnote of 1000 characters", FORM4, "    <ownerSignature>",
                        "<footnotes><footnote id=\"F1\">" + "N".repeat(1000) + "</footnote></footnotes>\n"
                                + "    <ownerSignature>", ""),
                new Variant("shares of 999999999999.9999", FORM4, "<value>21955.333</value>",
                        "<value>999999999999.9999</value>", ""),
                new Variant("ten reporting owners", FORM4, "    <aff10b5One>", owners(9) + "    <aff10b5One>", ""),
                new Variant("30 rows in Table I", FORM4, "    </nonDerivativeTable>",
                        Variants.element(FORM4, "nonDerivativeTransaction").repeat(29) + "    </nonDerivativeTable>",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overTheLimit")
    void aValueOverItsSchemaBoundIsRejectedNamingTheField(Variant variant) {
        assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> PARSER.parse("hostile.xml", variant.bytes()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE))
                .withMessage("hostile.xml: invalid value: " + variant.problem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overTheLimit")
    void theSchemaAlsoRejectsEveryValueOverItsBound(Variant variant) {
        var problems = OwnershipXsd.problems(variant.bytes(), "4", "X0508");
        if (variant.boundByTheXsd()) {
            assertThat(problems).isNotEmpty();
        } else {
            assertThat(problems).as("the XSD leaves a footnote's length open").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atTheLimit")
    void aValueAtItsBoundIsValidAndParses(Variant variant) throws FilingParseException {
        assertThat(OwnershipXsd.problems(variant.bytes(), "4", "X0508")).isEmpty();

        var filing = PARSER.parse("limit.xml", variant.bytes());
        assertThat(filing.issuer().cik()).isEqualTo("0000789019");
    }

    /**
     * The issue's repro: 10,000,000 nines in the first {@code <transactionShares><value>} of a real Form 4 took
     * more than 10 minutes (BigDecimal's parsing is quadratic in the digits; 1 MB took 12 s). Now the parser stops
     * at the first 4,000 characters of the value; the time bound is generous (the parse takes well under a second),
     * the scaling is measured by {@code HostileValueBench}.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aLongDigitStringIsRejectedInLinearTimeNamingTheField() {
        for (int digits : new int[] {1_000_000, 10_000_000}) {
            byte[] hostile = replace(FORM4, "<value>21955.333</value>", "<value>" + "9".repeat(digits) + "</value>");

            assertThatExceptionOfType(FilingParseException.class)
                    .isThrownBy(() -> PARSER.parse("nines.xml", hostile))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE))
                    .withMessage("nines.xml: invalid value: nonDerivativeTable/nonDerivativeTransaction[1]"
                            + "/transactionAmounts/transactionShares/value: more than 4000 characters of text, longer"
                            + " than any value the schema allows (the longest, remarks, has 2000)");
        }
    }

    /** Under the parser's early stop, a number is still measured before it is built. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void nearlyFourThousandDigitsAreMeasuredNotParsed() {
        byte[] hostile = replace(FORM4, "<value>21955.333</value>", "<value>" + "9".repeat(3999) + "</value>");

        assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> PARSER.parse("nines.xml", hostile))
                .withMessage("nines.xml: invalid value: nonDerivativeTable/nonDerivativeTransaction[1]"
                        + "/transactionAmounts/transactionShares/value: '999999999999999999999999…' (3999 characters)"
                        + " is out of range; the schema allows 0 to 999999999999.9999, with at most 4 decimal places");
    }

    /** Ten megabytes of name: the issue saw one person's names grow to 10.5 MB, merged into a real entity. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void tenMegabyteNamesAndTitlesAreRejectedBeforeTheyAreRead() {
        for (String[] field : new String[][] {
                {"Hogan Kathleen T", "reportingOwner[1]/reportingOwnerId/rptOwnerName"},
                {"EVP, Chief Human Resources Off", "reportingOwner[1]/reportingOwnerRelationship/officerTitle"},
                {"<value>Common Stock</value>", "nonDerivativeTable/nonDerivativeTransaction[1]/securityTitle/value"}}) {
            String huge = field[0].startsWith("<value>") ? "<value>" + "x".repeat(10_000_000) + "</value>"
                    : "x".repeat(10_000_000);
            byte[] hostile = replace(FORM4, field[0], huge);

            assertThatExceptionOfType(FilingParseException.class)
                    .isThrownBy(() -> PARSER.parse("huge.xml", hostile))
                    .withMessageStartingWith("huge.xml: invalid value: " + field[1] + ": more than 4000 characters");
        }
    }

    /**
     * The SGML header's names go into the same entities as the XML's, so they get the same bound (the Ownership
     * schema does not cover the header; see {@link HeaderChecks}).
     */
    @Test
    void aHeaderNameLongerThanTheXmlAllowsIsRejected() {
        byte[] hostile = replace("seed/0001628280-25-025936.txt", "COMPANY CONFORMED NAME:\t\t\tLaguerre Martin",
                "COMPANY CONFORMED NAME:\t\t\t" + "L".repeat(10_000));

        assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> PARSER.parse("seed.txt", hostile))
                .withMessage("seed.txt: invalid value: header/reportingOwner[1]/name: 10000 characters"
                        + " ('LLLLLLLLLLLLLLLLLLLLLLLL…'), more than the 150 the schema allows");
    }

    /** The numbers a data-set loader might build itself go through the same check. */
    @Test
    void aRecordHoldingANumberADoubleCannotHoldIsRejected() throws FilingParseException {
        var filing = PARSER.parse("form4.xml", Corpus.filing(FORM4));
        var sale = filing.nonDerivativeTransactions().getFirst();
        var infinite = new Transaction(sale.derivative(), sale.position(), sale.securityTitle(),
                sale.conversionOrExercisePrice(), sale.transactionDate(), sale.deemedExecutionDate(),
                sale.transactionFormType(), sale.code(), sale.equitySwapInvolved(), sale.timeliness(),
                Fact.of(new BigDecimal("1E+400")), sale.totalValue(), sale.pricePerShare(), sale.acquiredDisposed(),
                sale.exerciseDate(), sale.expirationDate(), sale.underlyingSecurityTitle(),
                sale.underlyingSecurityShares(), sale.underlyingSecurityValue(), sale.sharesOwnedFollowing(),
                sale.valueOwnedFollowing(), sale.directOrIndirect(), sale.natureOfOwnership());
        assertThat(new BigDecimal("1E+400").doubleValue()).isInfinite();

        assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> FilingValidator.validate(Records.withNonDerivativeTransactions(filing, infinite)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE))
                .withMessage("form4.xml: invalid value: nonDerivativeTable/nonDerivativeTransaction[1]"
                        + "/transactionAmounts/transactionShares/value: '1E+400' is out of range; the schema allows 0"
                        + " to 999999999999.9999, with at most 4 decimal places");
    }

    /** The first reporting owner block again, {@code n} times, each with a CIK of its own. */
    private static String owners(int n) {
        String owner = Variants.element(FORM4, "reportingOwner");
        var sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(owner.replace("0001626431", String.format("%010d", 9_000_000 + i))).append('\n');
        }
        return sb.toString();
    }
}
