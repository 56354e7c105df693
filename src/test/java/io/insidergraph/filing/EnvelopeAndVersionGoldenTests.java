package io.insidergraph.filing;

import static io.insidergraph.filing.Golden.d;
import static io.insidergraph.filing.Golden.date;
import static io.insidergraph.filing.Golden.f;
import static io.insidergraph.filing.Golden.n;
import static io.insidergraph.filing.Golden.none;
import static io.insidergraph.filing.Golden.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every field of one filing per envelope kind and schema-version family not covered by {@link FormTypeGoldenTests} and {@link SeedFilingGoldenTests}, written out and checked by hand against the file.
 */
class EnvelopeAndVersionGoldenTests {

    /**
     * An old submission wrapped in -----BEGIN PRIVACY-ENHANCED MESSAGE-----, schema X0202: header with issuer former name; the owner's header BUSINESS ADDRESS has only a phone, so no address but the phone.
     */
    @Test
    void privacyEnhancedMessage_X0202() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "0001104659-06-067430", // accessionNumber
                AccessionSource.HEADER, // accessionSource
                "9f809939008a398c1add4146f4e1efb9f1b60af32a61ec6b4d25b6bcf2a94811", // sha256
                "corpus/filings/cjavdev__sec_edgar/filing15.txt", // source
                Envelope.PRIVACY_ENHANCED_MESSAGE, // envelope
                "4", // formType
                "X0202", // schemaVersion
                date("2006-10-18"), // periodOfReport
                date("2006-10-19"), // filedDate
                LocalDateTime.parse("2006-10-19T11:19:51"), // acceptedAt
                null, // dateOfOriginalSubmission
                false, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                null, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0001130258", // cik
                        "ACME PACKET INC", // name
                        "APKT", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001376835", // cik
                                "DOBBINS EPHRAIM", // name
                                // address
                                new Address(
                                        "C/O ACME PACKET, INC.", // street1
                                        "71 THIRD AVENUE", // street2
                                        "BURLINGTON", // city
                                        "MA", // state
                                        "01803", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                true, // isOfficer
                                false, // isTenPercentOwner
                                false, // isOther
                                "Vice President Engineering", // officerTitle
                                null, // otherText
                                OwnerKind.PERSON // kind
                        )),
                // nonDerivativeTransactions
                List.of(
                        new Transaction(
                                false, // derivative
                                0, // position
                                f("Common Stock, $0.001 par value"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2006-10-18"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("S"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("24000"), // shares
                                none(), // totalValue
                                n("9.50"), // pricePerShare
                                f("D"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("265582"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                List.of(), // derivativeTransactions
                List.of(), // nonDerivativeHoldings
                List.of(), // derivativeHoldings
                List.of(), // footnotes
                // signatures
                List.of(
                        new Signature(
                                "/S/ Ephraim Dobbins", // name
                                date("2006-10-18") // date
                        )),
                // header
                new SubmissionHeader(
                        "0001104659-06-067430", // accessionNumber
                        "4", // submissionType
                        date("2006-10-18"), // periodOfReport
                        date("2006-10-19"), // filedDate
                        LocalDateTime.parse("2006-10-19T11:19:51"), // acceptedAt
                        // issuer
                        new HeaderEntity(
                                "0001130258", // cik
                                "ACME PACKET INC", // name
                                "3576", // sicCode
                                "COMPUTER COMMUNICATIONS EQUIPMENT", // sicDescription
                                "DE", // stateOfIncorporation
                                "1231", // fiscalYearEnd
                                "043526641", // irsNumber
                                // businessAddress
                                new Address(
                                        "71 THIRD AVENUE", // street1
                                        null, // street2
                                        "BURLINGTON", // city
                                        "MA", // state
                                        "01803", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                "781-328-4400", // businessPhone
                                // mailAddress
                                new Address(
                                        "71 THIRD AVENUE", // street1
                                        null, // street2
                                        "BURLINGTON", // city
                                        "MA", // state
                                        "01803", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                // formerNames
                                List.of(
                                        new FormerName(
                                                "PRIMARY NETWORKS INC", // name
                                                date("2000-12-19") // changedOn
                                        ))
                        ),
                        // reportingOwners
                        List.of(
                                new HeaderEntity(
                                        "0001376835", // cik
                                        "DOBBINS EPHRAIM", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        null, // stateOfIncorporation
                                        null, // fiscalYearEnd
                                        null, // irsNumber
                                        null, // businessAddress
                                        "781-328-4400", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "C/O ACME PACKET, INC.", // street1
                                                "71 THIRD AVENUE", // street2
                                                "BURLINGTON", // city
                                                "MA", // state
                                                "01803", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ))
                )
        );

        assertThat(Corpus.parse("cjavdev__sec_edgar/filing15.txt")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * A compact .nc SUBMISSION header whose lines end in a bare CR, schema X0508: the header's SIC code has no description, two former names; officerTitle with &amp;.
     */
    @Test
    void ncSubmission_X0508() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "0001127602-25-004598", // accessionNumber
                AccessionSource.HEADER, // accessionSource
                "d4731eddc96912ca454fa5ab3d97add004c35b1f20695dd1ad50b64122364845", // sha256
                "corpus/filings/dgunning__edgartools/0001127602-25-004598.nc", // source
                Envelope.NC_SUBMISSION, // envelope
                "4", // formType
                "X0508", // schemaVersion
                date("2025-02-12"), // periodOfReport
                date("2025-02-13"), // filedDate
                null, // acceptedAt
                null, // dateOfOriginalSubmission
                null, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                false, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0000007536", // cik
                        "ARROW ELECTRONICS, INC.", // name
                        "ARW", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001870985", // cik
                                "Jean-Claude Carine Lamercie", // name
                                // address
                                new Address(
                                        "C/O ARROW ELECTRONICS, INC.", // street1
                                        "9151 EAST PANORAMA CIRCLE", // street2
                                        "CENTENNIAL", // city
                                        "CO", // state
                                        "80112", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                true, // isOfficer
                                false, // isTenPercentOwner
                                false, // isOther
                                "SVP, CLO & Secretary", // officerTitle
                                null, // otherText
                                OwnerKind.PERSON // kind
                        )),
                // nonDerivativeTransactions
                List.of(
                        new Transaction(
                                false, // derivative
                                0, // position
                                f("Common Stock", "F1"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2025-02-12"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("A"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("2193"), // shares
                                none(), // totalValue
                                n("106.82"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("21878"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        ),
                        new Transaction(
                                false, // derivative
                                1, // position
                                f("Common Stock", "F2"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2025-02-12"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("F"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("1009"), // shares
                                none(), // totalValue
                                n("106.82"), // pricePerShare
                                f("D"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("20869"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                List.of(), // derivativeTransactions
                List.of(), // nonDerivativeHoldings
                List.of(), // derivativeHoldings
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "Represents Common Stock earned from the vesting and settlement of a Performance Stock Unit (\"PSU\") grant made on February 16, 2022, which grant was subject to a three-year performance period. The Company's PSUs settle, if earned over the related performance period, on a one-for-one basis in the Company's Common Stock." // text
                        ),
                        new Footnote(
                                "F2", // id
                                "Represents shares withheld to satisfy tax withholding obligations upon the vesting of the above-described PSUs." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "/s/ Nicholas De La Cruz, Attorney-in-Fact", // name
                                date("2025-02-13") // date
                        )),
                // header
                new SubmissionHeader(
                        "0001127602-25-004598", // accessionNumber
                        "4", // submissionType
                        date("2025-02-12"), // periodOfReport
                        date("2025-02-13"), // filedDate
                        null, // acceptedAt
                        // issuer
                        new HeaderEntity(
                                "0000007536", // cik
                                "ARROW ELECTRONICS, INC.", // name
                                "5065", // sicCode
                                null, // sicDescription
                                "NY", // stateOfIncorporation
                                "1231", // fiscalYearEnd
                                "111806155", // irsNumber
                                // businessAddress
                                new Address(
                                        "9151 EAST PANORAMA CIRCLE", // street1
                                        null, // street2
                                        "CENTENNIAL", // city
                                        "CO", // state
                                        "80112", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                "303-824-4000", // businessPhone
                                // mailAddress
                                new Address(
                                        "9151 EAST PANORAMA CIRCLE", // street1
                                        null, // street2
                                        "CENTENNIAL", // city
                                        "CO", // state
                                        "80112", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                // formerNames
                                List.of(
                                        new FormerName(
                                                "ARROW ELECTRONICS, INC", // name
                                                date("2022-11-17") // changedOn
                                        ),
                                        new FormerName(
                                                "ARROW ELECTRONICS INC", // name
                                                date("1992-07-03") // changedOn
                                        ))
                        ),
                        // reportingOwners
                        List.of(
                                new HeaderEntity(
                                        "0001870985", // cik
                                        "Jean-Claude Carine Lamercie", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        null, // stateOfIncorporation
                                        null, // fiscalYearEnd
                                        null, // irsNumber
                                        null, // businessAddress
                                        null, // businessPhone
                                        // mailAddress
                                        new Address(
                                                "9151 E PANORAMA CIR", // street1
                                                null, // street2
                                                "CENTENNIAL", // city
                                                "CO", // state
                                                "80112", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ))
                )
        );

        assertThat(Corpus.parse("dgunning__edgartools/0001127602-25-004598.nc")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * Bare XML, schema X0407 (X04xx family), named 000092963823001482_form4.xml: the accession comes from the file name.
     */
    @Test
    void bareXml_X0407_accessionFromFileName() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "0000929638-23-001482", // accessionNumber
                AccessionSource.FILE_NAME, // accessionSource
                "0b02834af9e061e07158cf6620d6a2a04fc8319dca2fbecb332dec489b036c9e", // sha256
                "corpus/filings/krymer15__edgar-app/000092963823001482_form4.xml", // source
                Envelope.BARE_XML, // envelope
                "4", // formType
                "X0407", // schemaVersion
                date("2023-05-11"), // periodOfReport
                null, // filedDate
                null, // acceptedAt
                null, // dateOfOriginalSubmission
                null, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                false, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0001493761", // cik
                        "Turtle Beach Corp", // name
                        "HEAR", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001777906", // cik
                                "SZE JULIA", // name
                                // address
                                new Address(
                                        "C/O TURTLE BEACH CORPORATION", // street1
                                        "44 SOUTH BROADWAY, 4TH FLOOR", // street2
                                        "WHITE PLAINS", // city
                                        "NY", // state
                                        "10601", // zipCode
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
                // nonDerivativeTransactions
                List.of(
                        new Transaction(
                                false, // derivative
                                0, // position
                                f("Common Stock"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2023-05-11"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("P"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("5000"), // shares
                                none(), // totalValue
                                n("11.03", "F1"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("18453"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                List.of(), // derivativeTransactions
                List.of(), // nonDerivativeHoldings
                List.of(), // derivativeHoldings
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "Reflects the weighted average price of purchases on May 11, 2023. The shares were purchased in multiple transactions at prices ranging from $11.00 to $11.04, inclusive. The reporting person undertakes to provide to Turtle Beach Corporation, any security holder of Turtle Beach Corporation, or the staff of the Securities and Exchange Commission, upon request, full information regarding the number of shares purchased at each separate price within such range." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "/s/ John T. Hanson, attorney-in-fact for Julia Sze", // name
                                date("2023-05-15") // date
                        )),
                null // header
        );

        assertThat(Corpus.parse("krymer15__edgar-app/000092963823001482_form4.xml")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * The corpus's only X0609 filing: rptOwnerNonUSAddressFlag (false) and an empty issuerForeignTradingSymbol, three non-derivative and three derivative transactions.
     */
    @Test
    void bareXml_X0609() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "hash-304ad3067443e84b", // accessionNumber
                AccessionSource.CONTENT_HASH, // accessionSource
                "304ad3067443e84b60dd66632efd229f9c7b5d3ed9c60ecfecd260e08088a124", // sha256
                "corpus/filings/cameronjefferey__candlechaser/form4.xml", // source
                Envelope.BARE_XML, // envelope
                "4", // formType
                "X0609", // schemaVersion
                date("2026-06-08"), // periodOfReport
                null, // filedDate
                null, // acceptedAt
                null, // dateOfOriginalSubmission
                false, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                false, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0000065770", // cik
                        "MICROVISION, INC.", // name
                        "MVIS", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001865433", // cik
                                "Markham Drew G", // name
                                // address
                                new Address(
                                        "18390 NE 68TH STREET", // street1
                                        null, // street2
                                        "REDMOND", // city
                                        "WA", // state
                                        "98052", // zipCode
                                        null, // stateDescription
                                        false, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                true, // isOfficer
                                false, // isTenPercentOwner
                                false, // isOther
                                "GC", // officerTitle
                                null, // otherText
                                OwnerKind.PERSON // kind
                        )),
                // nonDerivativeTransactions
                List.of(
                        new Transaction(
                                false, // derivative
                                0, // position
                                f("Common Stock", "F1"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2026-06-08"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("M"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("150000"), // shares
                                none(), // totalValue
                                n("0.00"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("622308"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        ),
                        new Transaction(
                                false, // derivative
                                1, // position
                                f("Common Stock", "F1"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2026-06-08"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("M"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("118800"), // shares
                                none(), // totalValue
                                n("0.00"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("741108"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        ),
                        new Transaction(
                                false, // derivative
                                2, // position
                                f("Common Stock", "F2"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2026-06-10"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("F"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("77905"), // shares
                                none(), // totalValue
                                n("0.3621", "F3"), // pricePerShare
                                f("D"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("663203"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // derivativeTransactions
                List.of(
                        new Transaction(
                                true, // derivative
                                0, // position
                                f("Restricted Stock Units"), // securityTitle
                                n("0.00", "F4"), // conversionOrExercisePrice
                                d("2026-06-08"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("A"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("150000"), // shares
                                none(), // totalValue
                                n("0.00"), // pricePerShare
                                f("A"), // acquiredDisposed
                                d("2026-06-08", "F5"), // exerciseDate
                                d("2026-06-08"), // expirationDate
                                f("Common stock"), // underlyingSecurityTitle
                                n("150000"), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("150000"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        ),
                        new Transaction(
                                true, // derivative
                                1, // position
                                f("Restricted Stock Units"), // securityTitle
                                n("0.00", "F6"), // conversionOrExercisePrice
                                d("2026-06-08"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("M"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("150000"), // shares
                                none(), // totalValue
                                n("0.00"), // pricePerShare
                                f("D"), // acquiredDisposed
                                d("2026-06-08", "F5"), // exerciseDate
                                d("2026-06-08"), // expirationDate
                                f("Common stock"), // underlyingSecurityTitle
                                n("0"), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("0"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        ),
                        new Transaction(
                                true, // derivative
                                2, // position
                                f("Restricted Stock Units"), // securityTitle
                                n("0.00", "F6"), // conversionOrExercisePrice
                                d("2026-06-08"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("M"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("118800"), // shares
                                none(), // totalValue
                                n("0.00"), // pricePerShare
                                f("D"), // acquiredDisposed
                                d("2026-06-08", "F7"), // exerciseDate
                                d("2026-06-08"), // expirationDate
                                f("Common stock"), // underlyingSecurityTitle
                                n("0"), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("0"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                List.of(), // nonDerivativeHoldings
                List.of(), // derivativeHoldings
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "Vested restricted stock units, or RSUs, were distributed to the Reporting Person, without payment, in shares of common stock on a unit-for-share basis." // text
                        ),
                        new Footnote(
                                "F2", // id
                                "Represents a withholding tax-related nondiscretionary sell-to-cover transaction completed by the Issuer in accordance with the terms of the award agreement." // text
                        ),
                        new Footnote(
                                "F3", // id
                                "The price reported in column 4 is a weighted average price. These shares were sold by the Issuer in multiple transactions at prices ranging from $0.3509 to $0.3779, inclusive." // text
                        ),
                        new Footnote(
                                "F4", // id
                                "Each RSU represents a contingent right to receive one share of MicroVision common stock." // text
                        ),
                        new Footnote(
                                "F5", // id
                                "RSUs vested on June 8, 2026, on the one-year anniversary of grant, upon determination by the Issuer's Compensation Committee of the level of achievement of performance objectives pursuant to the 2025 Executive Bonus Plan." // text
                        ),
                        new Footnote(
                                "F6", // id
                                "At vesting, converts into shares of common stock on a unit-for-share basis." // text
                        ),
                        new Footnote(
                                "F7", // id
                                "On June 6, 2025, the Issuer's Compensation Committee approved a grant of RSUs, which are scheduled to vest as to 33% on each annual anniversary of the grant date until fully vested on June 6, 2028, subject to the Reporting Person's continued employment with the Issuer on each vesting date." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "/s/ Drew G. Markham", // name
                                date("2026-06-10") // date
                        )),
                null // header
        );

        assertThat(Corpus.parse("cameronjefferey__candlechaser/form4.xml")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * Nine reporting owners (Goldman Sachs entities filing jointly on Avantor), all organisations: by their header blocks (state of incorporation, SIC) or by name (L.P., L.L.C.). The EX-24 power of attorney in the same submission is ignored. Dates with a -04:00 zone suffix.
     */
    @Test
    void nineJointFilers() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "0000769993-19-000383", // accessionNumber
                AccessionSource.HEADER, // accessionSource
                "ecea070e77cdf9b95188bc92c8a89409de540e7732eb74653b9579ac23f47972", // sha256
                "corpus/filings/public-accountability__littlesis-rails/0000769993-19-000383.txt", // source
                Envelope.SEC_DOCUMENT, // envelope
                "4", // formType
                "X0306", // schemaVersion
                date("2019-05-21"), // periodOfReport
                date("2019-05-23"), // filedDate
                LocalDateTime.parse("2019-05-23T21:36:31"), // acceptedAt
                null, // dateOfOriginalSubmission
                false, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                null, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0001722482", // cik
                        "Avantor, Inc.", // name
                        "AVTR", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0000769993", // cik
                                "GOLDMAN SACHS & CO. LLC", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0000886982", // cik
                                "GOLDMAN SACHS GROUP INC", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0001698770", // cik
                                "StoneBridge 2017 Offshore, L.P.", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282-2198", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0001698772", // cik
                                "StoneBridge 2017, L.P.", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282-2198", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0001729503", // cik
                                "StoneBridge 2018 Offshore, L.P.", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0001575993", // cik
                                "Broad Street Principal Investments, L.L.C.", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0001708241", // cik
                                "VWR Partners, L.P.", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0001729502", // cik
                                "StoneBridge 2018, L.P.", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        ),
                        new ReportingOwner(
                                "0001615636", // cik
                                "Bridge Street Opportunity Advisors, L.L.C.", // name
                                // address
                                new Address(
                                        "200 WEST STREET", // street1
                                        null, // street2
                                        "NEW YORK", // city
                                        "NY", // state
                                        "10282", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.ORGANIZATION // kind
                        )),
                // nonDerivativeTransactions
                List.of(
                        new Transaction(
                                false, // derivative
                                0, // position
                                f("Common Stock, par value $0.01 per share"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2019-05-21"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("C"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("66471429"), // shares
                                none(), // totalValue
                                only("F3", "F4"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("66471429"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("I", "F1", "F2", "F7"), // directOrIndirect
                                f("See Footnotes", "F1", "F2", "F7") // natureOfOwnership
                        ),
                        new Transaction(
                                false, // derivative
                                1, // position
                                f("Common Stock, par value $0.01 per share"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2019-05-21"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("A"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("5000000", "F5"), // shares
                                none(), // totalValue
                                only("F3"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("71471429", "F3", "F4", "F5"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("I", "F2", "F7"), // directOrIndirect
                                f("See Footnotes", "F1", "F2", "F7") // natureOfOwnership
                        )),
                // derivativeTransactions
                List.of(
                        new Transaction(
                                true, // derivative
                                0, // position
                                f("Warrants"), // securityTitle
                                only("F6"), // conversionOrExercisePrice
                                d("2019-05-21", "F6"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("A"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("1133920", "F6"), // shares
                                none(), // totalValue
                                only("F6"), // pricePerShare
                                f("A"), // acquiredDisposed
                                only("F6"), // exerciseDate
                                only("F6"), // expirationDate
                                f("Common Stock", "F6"), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                n("1133920", "F6"), // underlyingSecurityValue
                                n("1133920", "F6"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("I", "F1", "F2", "F6", "F7"), // directOrIndirect
                                f("See Footnotes", "F1", "F2", "F7") // natureOfOwnership
                        )),
                List.of(), // nonDerivativeHoldings
                List.of(), // derivativeHoldings
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "This statement is being filed by The Goldman Sachs Group, Inc. (\"GS Group\"), Goldman Sachs & Co., LLC (\"Goldman Sachs\"), StoneBridge 2017, L.P., (\"StoneBridge 2017\") StoneBridge 2017 Offshore, L.P. (\"StoneBridge 2017 Offshore\"), Broad Street Principal Investments, L.L.C. (\"BSPI\"), VWR Partners, L.P. (\"VWR\"), StoneBridge 2018, L.P. (\"StoneBridge 2018\"), StoneBridge 2018 Offshore, L.P. (\"StoneBridge 2018 Offshore\")and Bridge Street Opportunity Advisors L.L.C. (\"Bridge Street\") (together, the \"Reporting Persons\")." // text
                        ),
                        new Footnote(
                                "F2", // id
                                "Goldman Sachs and GS Group may be deemed to beneficially own indirectly, in the aggregate, 71,471,429 shares of Common Stock, $0.01 par value per share (\"Common Stock\"), of Avantor, Inc. (the \"Issuer\") by reason of the direct beneficial ownership of such shares by BSPI, StoneBridge 2017, StoneBridge 2017 Offshore, VWR, StoneBridge 2018, StoneBridge 2018 Offshore and Bridge Street (together, the \"GS Entities\") because affiliates of Goldman Sachs and GS Group are the general partner, managing limited partner, managing general partner, managing partner, managing member or member of each of the GS Funds. Goldman Sachs is a wholly-owned subsidiary of GS Group. Goldman Sachs is the investment manager of certain of the GS Entities." // text
                        ),
                        new Footnote(
                                "F3", // id
                                "Each of the Reporting Persons held shares of Junior Convertible Preferred Stock (the \"Junior Convertible Preferred\") of the Issuer prior to the initial public offering of the Common Stock (the \"IPO\"). The Junior Convertible Preferred by its terms, automatically converted into Common Stock upon the closing of the Issuer's IPO. The number of shares of common stock received upon conversion of the Existing Junior Convertible Preferred Stock was based on the aggregate liquidation preference of such stock divided by the initial public offering price of $14.00 per share." // text
                        ),
                        new Footnote(
                                "F4", // id
                                "Specifically on May 21, 2019, (i) 26,576,786 shares of Junior Convertible Preferred beneficially owned by BSPI were automatically converted into 26,576,786 shares of Common Stock; (ii)806,025 shares of Junior Convertible Preferred beneficially owned by StoneBridge 2017 were automatically converted into 806,025 shares of Common Stock; (iii)372,546 shares of Junior Convertible Preferred beneficially owned by StoneBridge 2017 Offshore were automatically converted into 372,546 shares of Common Stock; (iv) 35,769,643 shares of Junior Convertible Preferred beneficially owned by VWR were automatically converted into 35,769,643 shares of Common Stock; (v)2,074,050 shares of Junior Convertible Preferred beneficially owned by StoneBridge 2018 were automatically converted into 2,074,050 shares of Common Stock;and (vi) 872,379 shares of Junior Convertible Preferred beneficially owned by StoneBridge 2018 Offshore were automatically converted into 872,379 shares of Common Stock." // text
                        ),
                        new Footnote(
                                "F5", // id
                                "BSPI acquired 5,000,000 shares of Common Stock at a price of $14 per share during the IPO out of which 502,788 shares and 211,498 shares were subsequently transferred to StoneBridge 2018 and StoneBridge 2018 Offshore respectively on May 21, 2019." // text
                        ),
                        new Footnote(
                                "F6", // id
                                "As of May 23, 2019, the Reporting Persons collectively hold 1,133,920 shares of warrants that can be exercised on a one-for-one basis. Specifically, (i)1,080,595 shares of warrants are held by BSPI; (ii) 36,475 shares of warrants are held by StoneBridge 2017; and (iii) 16,850 shares of warrants are held by StoneBridge 2017 Offshore." // text
                        ),
                        new Footnote(
                                "F7", // id
                                "Each of the Reporting Persons disclaims beneficial ownership of the securities reported herein except to the extent of its pecuniary interest therein, if any, and this report shall not be deemed an admission that any such Reporting Person is the beneficial owner of, or has any pecuniary interest in, such securities for purposes of Section 16 of the Exchange Act, or for any other purpose." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        ),
                        new Signature(
                                "/s/Jennifer Lee", // name
                                date("2019-05-23") // date
                        )),
                // header
                new SubmissionHeader(
                        "0000769993-19-000383", // accessionNumber
                        "4", // submissionType
                        date("2019-05-21"), // periodOfReport
                        date("2019-05-23"), // filedDate
                        LocalDateTime.parse("2019-05-23T21:36:31"), // acceptedAt
                        // issuer
                        new HeaderEntity(
                                "0001722482", // cik
                                "Avantor, Inc.", // name
                                "3826", // sicCode
                                "LABORATORY ANALYTICAL INSTRUMENTS", // sicDescription
                                "DE", // stateOfIncorporation
                                "1231", // fiscalYearEnd
                                "000000000", // irsNumber
                                // businessAddress
                                new Address(
                                        "BUILDING ONE, SUITE 200", // street1
                                        "100 MATSONFORD ROAD", // street2
                                        "RADNOR", // city
                                        "PA", // state
                                        "19087", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                "(610) 386-1700", // businessPhone
                                // mailAddress
                                new Address(
                                        "BUILDING ONE, SUITE 200", // street1
                                        "100 MATSONFORD ROAD", // street2
                                        "RADNOR", // city
                                        "PA", // state
                                        "19087", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                // formerNames
                                List.of(
                                        new FormerName(
                                                "Avantor, Inc", // name
                                                date("2019-02-06") // changedOn
                                        ),
                                        new FormerName(
                                                "Vail Holdco Corp", // name
                                                date("2017-11-13") // changedOn
                                        ))
                        ),
                        // reportingOwners
                        List.of(
                                new HeaderEntity(
                                        "0001615636", // cik
                                        "Bridge Street Opportunity Advisors, L.L.C.", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        null, // stateOfIncorporation
                                        null, // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "2129021000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ),
                                new HeaderEntity(
                                        "0001729502", // cik
                                        "StoneBridge 2018, L.P.", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        "DE", // stateOfIncorporation
                                        "1231", // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "212-902-1000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ),
                                new HeaderEntity(
                                        "0001708241", // cik
                                        "VWR Partners, L.P.", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        "E9", // stateOfIncorporation
                                        "1231", // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "212-902-1000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ),
                                new HeaderEntity(
                                        "0001575993", // cik
                                        "Broad Street Principal Investments, L.L.C.", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        null, // stateOfIncorporation
                                        null, // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "2129021000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ),
                                new HeaderEntity(
                                        "0001729503", // cik
                                        "StoneBridge 2018 Offshore, L.P.", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        "E9", // stateOfIncorporation
                                        "1231", // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "212-902-1000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ),
                                new HeaderEntity(
                                        "0001698772", // cik
                                        "StoneBridge 2017, L.P.", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        "DE", // stateOfIncorporation
                                        "1231", // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "212-902-1000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ),
                                new HeaderEntity(
                                        "0001698770", // cik
                                        "StoneBridge 2017 Offshore, L.P.", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        "E9", // stateOfIncorporation
                                        "1231", // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "212-902-1000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282-2198", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ),
                                new HeaderEntity(
                                        "0000886982", // cik
                                        "GOLDMAN SACHS GROUP INC", // name
                                        "6211", // sicCode
                                        "SECURITY BROKERS, DEALERS & FLOTATION COMPANIES", // sicDescription
                                        "DE", // stateOfIncorporation
                                        "1231", // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "2129021000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        // formerNames
                                        List.of(
                                                new FormerName(
                                                        "GOLDMAN SACHS GROUP INC/", // name
                                                        date("2001-01-04") // changedOn
                                                ))
                                ),
                                new HeaderEntity(
                                        "0000769993", // cik
                                        "GOLDMAN SACHS & CO. LLC", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        "NY", // stateOfIncorporation
                                        "1231", // fiscalYearEnd
                                        null, // irsNumber
                                        // businessAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        "2129021000", // businessPhone
                                        // mailAddress
                                        new Address(
                                                "200 WEST STREET", // street1
                                                null, // street2
                                                "NEW YORK", // city
                                                "NY", // state
                                                "10282", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        // formerNames
                                        List.of(
                                                new FormerName(
                                                        "GOLDMAN SACHS & CO", // name
                                                        date("1993-11-02") // changedOn
                                                ))
                                ))
                )
        );

        assertThat(Corpus.parse("public-accountability__littlesis-rails/0000769993-19-000383.txt")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * Dates written with a zone suffix (2021-09-30-05:00) are kept as the calendar date; a browser-injected script element is ignored.
     */
    @Test
    void timeZoneSuffixedDates() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "hash-cb4d08271bc31202", // accessionNumber
                AccessionSource.CONTENT_HASH, // accessionSource
                "cb4d08271bc31202ea68bfc108419080dc8792aaf71067516c9f8bf707efc478", // sha256
                "corpus/filings/ConnorVO__springloading_insider_trades/xml_timestamp.xml", // source
                Envelope.BARE_XML, // envelope
                "4", // formType
                "X0306", // schemaVersion
                date("2021-09-30"), // periodOfReport
                null, // filedDate
                null, // acceptedAt
                null, // dateOfOriginalSubmission
                false, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                null, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0001443863", // cik
                        "BioCorRx Inc.", // name
                        "BICX", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001198613", // cik
                                "GALLIGAN JOSEPH J", // name
                                // address
                                new Address(
                                        "2390 EAST ORANGEWOOD AVENUE", // street1
                                        "SUITE 500", // street2
                                        "ANAHEIM", // city
                                        "CA", // state
                                        "92806", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                true, // isDirector
                                false, // isOfficer
                                true, // isTenPercentOwner
                                false, // isOther
                                null, // officerTitle
                                null, // otherText
                                OwnerKind.PERSON // kind
                        )),
                // nonDerivativeTransactions
                List.of(
                        new Transaction(
                                false, // derivative
                                0, // position
                                f("Common Stock, par value $0.001"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2021-09-30"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("A", "F1"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("1381"), // shares
                                none(), // totalValue
                                n("0"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("35248"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                List.of(), // derivativeTransactions
                List.of(), // nonDerivativeHoldings
                List.of(), // derivativeHoldings
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "These shares were issued to Mr. Galligan pursuant to a Director Agreement, dated February 16, 2021, by and between BioCorRx Inc. and Mr. Galligan. As compensation for his services, Mr. Galligan shall be issued, upon the last day of each fiscal quarter, provided Mr. Galligan is a member of the Board as of such date, the number of shares of the Company's common stock equivalent to $5,000 as determined based on the average closing price on the three trading days immediately preceding the last day of such quarter. The average closing price on the three trading days immediately preceding the date of this transaction was $3.62." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "/s/ Joseph J. Galligan", // name
                                date("2021-10-26") // date
                        )),
                null // header
        );

        assertThat(Corpus.parse("ConnorVO__springloading_insider_trades/xml_timestamp.xml")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * X0609's non-US address fields, which no corpus filing uses: the SEC's v5.5 sample doc5a.xml (spec sample,
     * fictitious), with its typo {@code <rptOwnerCounrty>I7</rptOwnerState>} corrected to a well-formed
     * {@code <rptOwnerCountry>I7</rptOwnerCountry>} in the test (derived fixture).
     */
    @Test
    void nonUsAddressOfX0609() throws FilingParseException {
        String sample = new String(Corpus.resource("spec-samples/v5-5-doc5a-malformed.xml"), StandardCharsets.US_ASCII)
                .replace("<rptOwnerCounrty>I7</rptOwnerState>", "<rptOwnerCountry>I7</rptOwnerCountry>");

        OwnershipFiling filing = new FilingParser().parse("doc5a.xml", sample.getBytes(StandardCharsets.US_ASCII));

        assertThat(filing.reportingOwners()).extracting(ReportingOwner::address).containsExactly(
                new Address("123 Main St", "Apt #44", "Anywhere", "VA", "21212", null, false, null, null),
                new Address("123 Main St", "Apt #44", "Anywhere", null, "212126", null, true,
                        "Non US State or Territory", "I7"),
                null);
        assertThat(filing.formType()).isEqualTo("5/A");
        assertThat(filing.reportingOwners().get(1).cik()).isEqualTo("0000343435");
    }
}
