package io.insidergraph.filing;

import static io.insidergraph.filing.Golden.d;
import static io.insidergraph.filing.Golden.date;
import static io.insidergraph.filing.Golden.f;
import static io.insidergraph.filing.Golden.n;
import static io.insidergraph.filing.Golden.none;
import static io.insidergraph.filing.Golden.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filing the project started from: Annaly Capital Management, Form 4, accession 0001628280-25-025936, a
 * director's grant of 8,961 Deferred Stock Units leaving 29,507 owned, in a full SEC-DOCUMENT submission, schema
 * X0508. Every field written out; then the same filing in the other shapes a file can take (gzip, CRLF, read from a
 * path) and with the faults real filings have (thousands separators, stray ampersands, Windows-1252 bytes).
 */
class SeedFilingGoldenTests {

    private static final String SEED = "seed/0001628280-25-025936.txt";
    private static final String SEED_SHA256 = "192e3ac807bbc86dec5011c48ac2e09d890b2d6c672527d8e012f01c5a6f1c60";

    @Test
    void everyFieldOfTheSeedFiling() throws FilingParseException {
        assertThat(Corpus.parse(SEED)).usingRecursiveComparison()
                .isEqualTo(expected("corpus/filings/" + SEED, SEED_SHA256));
    }

    @Test
    void theGrantItselfWithFootnotesOnTheRightFields() throws FilingParseException {
        Transaction grant = Corpus.parse(SEED).derivativeTransactions().getFirst();

        assertThat(grant.securityTitle().value()).isEqualTo("Deferred Stock Units");
        assertThat(grant.code().value()).isEqualTo("A");
        assertThat(grant.shares()).isEqualTo(n("8961"));
        assertThat(grant.sharesOwnedFollowing()).isEqualTo(n("29507", "F2"));
        // F1 explains the DSUs' price and dates instead of values: the fields hold only the footnote
        assertThat(grant.conversionOrExercisePrice()).isEqualTo(only("F1"));
        assertThat(grant.exerciseDate()).isEqualTo(only("F1"));
        assertThat(grant.expirationDate()).isEqualTo(only("F1"));
        assertThat(grant.footnoteIds()).containsExactly("F1", "F2");
        assertThat(grant.facts()).containsEntry("sharesOwnedFollowing", n("29507", "F2"));
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesWhateverTheName() throws Exception {
        byte[] gzipped = HostileInputTests.gzip(Corpus.filing(SEED));

        assertThat(new FilingParser().parse("seed.txt", gzipped)).usingRecursiveComparison()
                .isEqualTo(expected("seed.txt", SEED_SHA256));
    }

    @Test
    void aGzippedFileReadFromDiskKeepsTheAccessionOfItsName(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("0001628280-25-025936.txt.gz"),
                HostileInputTests.gzip(Corpus.filing(SEED)));

        OwnershipFiling filing = new FilingParser().parse(file);

        assertThat(filing).usingRecursiveComparison().isEqualTo(expected(file.toString(), SEED_SHA256));
        assertThat(filing.accessionSource()).isEqualTo(AccessionSource.HEADER);
    }

    @Test
    void crlfLineEndsReadTheSame() throws FilingParseException {
        String crlf = text(SEED).replace("\n", "\r\n");

        OwnershipFiling filing = new FilingParser().parse("crlf.txt", crlf.getBytes(StandardCharsets.US_ASCII));

        assertThat(filing).usingRecursiveComparison().ignoringFields("sha256", "source")
                .isEqualTo(expected("crlf.txt", SEED_SHA256));
        assertThat(filing.sha256()).isNotEqualTo(SEED_SHA256);
    }

    /** Derived from the seed: a UTF-8 byte order mark before the XML declaration inside the submission. */
    @Test
    void aByteOrderMarkBeforeTheXmlIsSkipped() throws FilingParseException {
        byte[] bom = text(SEED).replace("<XML>\n", "<XML>\n\ufeff").getBytes(StandardCharsets.UTF_8);

        OwnershipFiling filing = new FilingParser().parse("bom.txt", bom);

        assertThat(filing).usingRecursiveComparison().ignoringFields("sha256", "source")
                .isEqualTo(expected("bom.txt", SEED_SHA256));
    }

    /** Derived from the seed: 8,961 and 29 507 as some filers type them; the values are the same numbers. */
    @Test
    void numbersWithThousandsSeparatorsOrSpaces() throws FilingParseException {
        String edited = text(SEED).replace("<value>8961</value>", "<value>8,961</value>")
                .replace("<value>29507</value>", "<value> 29 507 </value>");

        Transaction grant = new FilingParser().parse("commas.txt", edited.getBytes(StandardCharsets.US_ASCII))
                .derivativeTransactions().getFirst();

        assertThat(grant.shares()).isEqualTo(n("8961"));
        assertThat(grant.underlyingSecurityShares()).isEqualTo(n("8961"));
        assertThat(grant.sharesOwnedFollowing()).isEqualTo(n("29507", "F2"));
    }

    /**
     * Derived from the seed: remarks as hand-made filings have them. A bare &amp;, an HTML entity and an unknown
     * entity are not XML; they are repaired (escaped, or turned into the character) instead of failing the filing.
     */
    @Test
    void strayAmpersandsAndHtmlEntitiesAreRepaired() throws FilingParseException {
        String edited = text(SEED).replace("<remarks></remarks>",
                "<remarks>AT&T&nbsp;R&D &copy; &bogus; &amp; &#169; <![CDATA[a & b]]></remarks>");

        OwnershipFiling filing = new FilingParser().parse("amp.txt", edited.getBytes(StandardCharsets.US_ASCII));

        assertThat(filing.remarks()).isEqualTo("AT&T\u00a0R&D \u00a9 &bogus; & \u00a9 a & b");
        assertThat(filing.derivativeTransactions().getFirst().shares()).isEqualTo(n("8961"));
    }

    /** Derived from the seed: a Windows-1252 e-acute (byte E9) in XML that declares no encoding. */
    @Test
    void windows1252BytesInUndeclaredXmlAreReadAsWindows1252() throws FilingParseException {
        byte[] edited = text(SEED).replace("<rptOwnerName>Laguerre Martin</rptOwnerName>",
                "<rptOwnerName>Lagu\u00e9rre Martin</rptOwnerName>").getBytes(StandardCharsets.ISO_8859_1);

        OwnershipFiling filing = new FilingParser().parse("cp1252.txt", edited);

        assertThat(filing.reportingOwners().getFirst().name()).isEqualTo("Lagu\u00e9rre Martin");
    }

    private static String text(String file) {
        return new String(Corpus.filing(file), StandardCharsets.US_ASCII);
    }

    /** The seed's record as read from {@code source}; only the source name and the hash vary between shapes. */
    private static OwnershipFiling expected(String source, String sha256) {
        return new OwnershipFiling(
                "0001628280-25-025936", // accessionNumber
                AccessionSource.HEADER, // accessionSource
                sha256, // sha256
                source, // source
                Envelope.SEC_DOCUMENT, // envelope
                "4", // formType
                "X0508", // schemaVersion
                date("2025-05-14"), // periodOfReport
                date("2025-05-15"), // filedDate
                LocalDateTime.parse("2025-05-15T16:17:27"), // acceptedAt
                null, // dateOfOriginalSubmission
                false, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                false, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0001043219", // cik
                        "ANNALY CAPITAL MANAGEMENT INC", // name
                        "NLY", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001963683", // cik
                                "Laguerre Martin", // name
                                // address
                                new Address(
                                        "C/O ANNALY CAPITAL MANAGEMENT, INC.", // street1
                                        "1211 AVE OF THE AMERICAS", // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10036", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                true, // isDirector
                                false, // isOfficer
                                false, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.PERSON // kind
                        )),
                List.of(), // nonDerivativeTransactions
                // derivativeTransactions
                List.of(
                        new Transaction(
                                true, // derivative
                                0, // position
                                f("Deferred Stock Units"), // securityTitle
                                only("F1"), // conversionOrExercisePrice
                                d("2025-05-14"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("A"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("8961"), // shares
                                none(), // totalValue
                                n("0"), // pricePerShare
                                f("A"), // acquiredDisposed
                                only("F1"), // exerciseDate
                                only("F1"), // expirationDate
                                f("Common Stock"), // underlyingSecurityTitle
                                n("8961"), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("29507", "F2"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // nonDerivativeHoldings
                List.of(
                        new Holding(
                                false, // derivative
                                0, // position
                                f("Common Stock"), // securityTitle
                                none(), // transactionFormType
                                none(), // conversionOrExercisePrice
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("0"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                List.of(), // derivativeHoldings
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "The Deferred Stock Units (\"DSUs\") convert to shares of Common Stock on a one-for-one basis one year after the date of grant unless the director elects to defer the settlement of the DSUs until after a termination of service pursuant to the Annaly Capital Management, Inc. 2020 Equity Incentive Plan. The reporting person has elected such deferred settlement for all DSUs reported above." // text
                        ),
                        new Footnote(
                                "F2", // id
                                "Reflects the aggregate amount of DSUs granted during the tenure of the respective director net of any conversions, including  3,796 DSUs acquired pursuant to dividend reinvestment for which no additional price was paid." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "/s/ Anthony C. Green, as Attorney-in-Fact for Martin Laguerre", // name
                                date("2025-05-15") // date
                        )),
                // header
                new SubmissionHeader(
                        "0001628280-25-025936", // accessionNumber
                        "4", // submissionType
                        date("2025-05-14"), // periodOfReport
                        date("2025-05-15"), // filedDate
                        LocalDateTime.parse("2025-05-15T16:17:27"), // acceptedAt
                        // issuer
                        new HeaderEntity(
                                "0001043219", // cik
                                "ANNALY CAPITAL MANAGEMENT INC", // name
                                "6798", // sicCode
                                "REAL ESTATE INVESTMENT TRUSTS", // sicDescription
                                "MD", // stateOfIncorporation
                                "1231", // fiscalYearEnd
                                "223479661", // irsNumber
                                // businessAddress
                                new Address(
                                        "1211 AVENUE OF THE AMERICAS", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10036", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                "212 696 0100", // businessPhone
                                // mailAddress
                                new Address(
                                        "1211 AVENUE OF THE AMERICAS", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10036", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                // formerNames
                                List.of(
                                        new FormerName(
                                                "ANNALY MORTGAGE MANAGEMENT INC", // name
                                                date("1997-07-29") // changedOn
                                        ))
                        ),
                        // reportingOwners
                        List.of(
                                new HeaderEntity(
                                        "0001963683", // cik
                                        "Laguerre Martin", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        null, // stateOfIncorporation
                                        null, // fiscalYearEnd
                                        null, // irsNumber
                                        null, // businessAddress
                                        null, // businessPhone
                                        // mailAddress
                                        new Address(
                                                "C/O BGC PARTNERS, INC.", // street1
                                                "499 PARK AVENUE", // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10022", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ))
                )
        );
    }
}
