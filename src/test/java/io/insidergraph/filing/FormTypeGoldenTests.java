package io.insidergraph.filing;

import static io.insidergraph.filing.Golden.d;
import static io.insidergraph.filing.Golden.date;
import static io.insidergraph.filing.Golden.f;
import static io.insidergraph.filing.Golden.n;
import static io.insidergraph.filing.Golden.none;
import static io.insidergraph.filing.Golden.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every field of one filing per form type, written out and checked by hand against the file. Form 4 is the seed filing ({@link SeedFilingGoldenTests}).
 */
class FormTypeGoldenTests {

    /**
     * Form 3, bare XML, schema X0203 (X02xx family): one non-derivative and three derivative holdings, footnote-only exercise prices and dates. No accession anywhere, so a content hash stands in.
     */
    @Test
    void form3_bareXml_X0203() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "hash-accebebb4bd4d48e", // accessionNumber
                AccessionSource.CONTENT_HASH, // accessionSource
                "accebebb4bd4d48e4526b02e85fa9046fce8b3d3af060c31303abd5a94224e66", // sha256
                "corpus/filings/joeychilson__edgar_client/form3.xml", // source
                Envelope.BARE_XML, // envelope
                "3", // formType
                "X0203", // schemaVersion
                date("2011-01-27"), // periodOfReport
                null, // filedDate
                null, // acceptedAt
                null, // dateOfOriginalSubmission
                null, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                null, // aff10b5One
                false, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0001124610", // cik
                        "VMWARE, INC.", // name
                        "VMW", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001409324", // cik
                                "Eschenbach Carl M.", // name
                                // address
                                new Address(
                                        "3401 HILLVIEW AVE.", // street1
                                        null, // street2
                                        "PALO ALTO", // city
                                        "CA", // state
                                        "94304", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                false, // isDirector
                                true, // isOfficer
                                false, // isTenPercentOwner
                                false, // isOther
                                "Co-President, Customer Ops.", // officerTitle
                                null, // otherText
                                OwnerKind.PERSON // kind
                        )),
                List.of(), // nonDerivativeTransactions
                List.of(), // derivativeTransactions
                // nonDerivativeHoldings
                List.of(
                        new Holding(
                                false, // derivative
                                0, // position
                                f("Class A Common Stock"), // securityTitle
                                none(), // transactionFormType
                                none(), // conversionOrExercisePrice
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("99103"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // derivativeHoldings
                List.of(
                        new Holding(
                                true, // derivative
                                0, // position
                                f("Employee Stock Option (right to buy)"), // securityTitle
                                none(), // transactionFormType
                                n("21.87"), // conversionOrExercisePrice
                                only("F1"), // exerciseDate
                                d("2016-05-03"), // expirationDate
                                f("Class A Common Stock"), // underlyingSecurityTitle
                                n("15290"), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                none(), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        ),
                        new Holding(
                                true, // derivative
                                1, // position
                                f("Employee Stock Option (right to buy)"), // securityTitle
                                none(), // transactionFormType
                                n("23.00"), // conversionOrExercisePrice
                                only("F2"), // exerciseDate
                                d("2013-06-08"), // expirationDate
                                f("Class A Common Stock"), // underlyingSecurityTitle
                                n("43751"), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                none(), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        ),
                        new Holding(
                                true, // derivative
                                2, // position
                                f("Employee Stock Option (right to buy)"), // securityTitle
                                none(), // transactionFormType
                                n("30.80"), // conversionOrExercisePrice
                                only("F3"), // exerciseDate
                                d("2015-06-15"), // expirationDate
                                f("Class A Common Stock"), // underlyingSecurityTitle
                                n("31251"), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                none(), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "This option, representing a right to purchase 61,158 shares of Class A Common Stock, became exercisable as to 25% of the shares on May 3, 2008.  Thereafter, the remaining 75% of the option vests in equal annual installments over three years." // text
                        ),
                        new Footnote(
                                "F2", // id
                                "This option, representing a right to purchase 350,000 shares of Class A Common Stock, became exercisable as to 25% of the shares on June 8, 2008.  Thereafter, the remaining 75% of the option vests in equal monthly installments over three years." // text
                        ),
                        new Footnote(
                                "F3", // id
                                "This option, representing a right to purchase 50,000 shares of Class A Common Stock, became exercisable as to 25% of the shares on June 1, 2010.  Thereafter, the remaining 75% of the option vests in equal monthly installments over three years." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "Larry Wainblat, attorney-in-fact", // name
                                date("2011-01-31") // date
                        )),
                null // header
        );

        assertThat(Corpus.parse("joeychilson__edgar_client/form3.xml")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * Form 3/A: none in the corpus, so the SEC's fictitious spec sample doc3a.xml (CIK 1212121212, no schemaVersion): dateOfOriginalSubmission, a value given only as a footnote, underlyingSecurityValue instead of shares.
     */
    @Test
    void form3Amendment_specSample() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "hash-d53bb8b3bb459cd6", // accessionNumber
                AccessionSource.CONTENT_HASH, // accessionSource
                "d53bb8b3bb459cd655081f93ec5188a6c5b02e151033021b94cefb7a83693903", // sha256
                "spec-samples/doc3a.xml", // source
                Envelope.BARE_XML, // envelope
                "3/A", // formType
                null, // schemaVersion
                date("2002-09-15"), // periodOfReport
                null, // filedDate
                null, // acceptedAt
                date("2003-03-01"), // dateOfOriginalSubmission
                null, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                null, // aff10b5One
                null, // noSecuritiesOwned
                "This is just a general comment.", // remarks
                // issuer
                new Issuer(
                        "1212121212", // cik
                        null, // name
                        "AWI", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0000343434", // cik
                                null, // name
                                // address
                                new Address(
                                        "123 Main St", // street1
                                        "Apt #44", // street2
                                        "Anywhere", // city
                                        "VA", // state
                                        "21212", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                true, // isDirector
                                true, // isOfficer
                                false, // isTenPercentOwner
                                true, // isOther
                                "President and CEO", // officerTitle
                                "Public Affairs Officer", // otherText
                                OwnerKind.PERSON // kind
                        )),
                List.of(), // nonDerivativeTransactions
                List.of(), // derivativeTransactions
                // nonDerivativeHoldings
                List.of(
                        new Holding(
                                false, // derivative
                                0, // position
                                f("Preferred Stock Options", "F1"), // securityTitle
                                none(), // transactionFormType
                                none(), // conversionOrExercisePrice
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("33333"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // derivativeHoldings
                List.of(
                        new Holding(
                                true, // derivative
                                0, // position
                                f("Derived Stock (HOLDING)"), // securityTitle
                                none(), // transactionFormType
                                n("50.55", "F5"), // conversionOrExercisePrice
                                only("F2"), // exerciseDate
                                d("1980-12-25", "F4"), // expirationDate
                                f("Derived Stock (HOLDING)"), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                n("100.12", "F3"), // underlyingSecurityValue
                                none(), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "Footnote 1." // text
                        ),
                        new Footnote(
                                "F2", // id
                                "Footnote 2." // text
                        ),
                        new Footnote(
                                "F3", // id
                                "Footnote 3." // text
                        ),
                        new Footnote(
                                "F4", // id
                                "Footnote 4." // text
                        ),
                        new Footnote(
                                "F5", // id
                                "Footnote 5." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "Jane Doe", // name
                                date("2002-11-23") // date
                        ),
                        new Signature(
                                "John Q. Public", // name
                                date("2002-11-22") // date
                        ),
                        new Signature(
                                "Uncle Sam", // name
                                date("2002-11-24") // date
                        )),
                null // header
        );

        assertThat(Golden.parseResource("spec-samples/doc3a.xml")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * Form 4/A, bare XML, schema X0306 (X03xx family): dateOfOriginalSubmission, &amp; and &quot; decoded.
     */
    @Test
    void form4Amendment_bareXml_X0306() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "hash-8f2526364482e6be", // accessionNumber
                AccessionSource.CONTENT_HASH, // accessionSource
                "8f2526364482e6be9da68a05c8ca19e151f3da3510ff3144375a3b0e138e73c8", // sha256
                "corpus/filings/joeychilson__edgar_client/form4a.xml", // source
                Envelope.BARE_XML, // envelope
                "4/A", // formType
                "X0306", // schemaVersion
                date("2021-12-14"), // periodOfReport
                null, // filedDate
                null, // acceptedAt
                date("2021-12-15"), // dateOfOriginalSubmission
                false, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                null, // aff10b5One
                null, // noSecuritiesOwned
                "The sole purpose of this amendment is to add the Reporting Person's Power of Attorney as Exhibit 24.", // remarks
                // issuer
                new Issuer(
                        "0001327567", // cik
                        "Palo Alto Networks Inc", // name
                        "PANW", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001409324", // cik
                                "Eschenbach Carl M.", // name
                                // address
                                new Address(
                                        "C/O PALO ALTO NETWORKS INC.", // street1
                                        "3000 TANNERY WAY", // street2
                                        "SANTA CLARA", // city
                                        "CA", // state
                                        "95054", // zipCode
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
                                d("2021-12-14"), // transactionDate
                                none(), // deemedExecutionDate
                                "4", // transactionFormType
                                f("A"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("661", "F1"), // shares
                                none(), // totalValue
                                n("0.00"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("7448"), // sharesOwnedFollowing
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
                                "Each share is represented by a Restricted Stock Unit (\"RSU\"). The RSUs will vest in equal quarterly increments over a one year period, subject to the Reporting Person's continued service as of each such date." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "/s/ Elizabeth Villalobos, Attorney-in-Fact for Carl M. Eschenbach", // name
                                date("2022-01-13") // date
                        )),
                null // header
        );

        assertThat(Corpus.parse("joeychilson__edgar_client/form4a.xml")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * Form 5 in a full SEC-DOCUMENT submission, schema X0306, with the SGML header's issuer and owner data.
     */
    @Test
    void form5_secDocument_X0306() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "0000011544-20-000013", // accessionNumber
                AccessionSource.HEADER, // accessionSource
                "eba2fed1bc12227ac81947b778b85583b1310fbc910344615ece5000d673df89", // sha256
                "corpus/filings/rs-kellogg__workshop_2022/form5.txt", // source
                Envelope.SEC_DOCUMENT, // envelope
                "5", // formType
                "X0306", // schemaVersion
                date("2019-12-31"), // periodOfReport
                date("2020-02-13"), // filedDate
                LocalDateTime.parse("2020-02-13T16:28:19"), // acceptedAt
                null, // dateOfOriginalSubmission
                null, // notSubjectToSection16
                false, // form3HoldingsReported
                false, // form4TransactionsReported
                null, // aff10b5One
                null, // noSecuritiesOwned
                null, // remarks
                // issuer
                new Issuer(
                        "0000011544", // cik
                        "BERKLEY W R CORP", // name
                        "WRB", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0001794251", // cik
                                "Talisman Jonathan", // name
                                // address
                                new Address(
                                        "W. R. BERKLEY CORPORATION", // street1
                                        "475 STEAMBOAT ROAD", // street2
                                        "GREENWICH", // city
                                        "CT", // state
                                        "06830", // zipCode
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
                                d("2019-12-11"), // transactionDate
                                none(), // deemedExecutionDate
                                "5", // transactionFormType
                                f("P"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("3"), // shares
                                none(), // totalValue
                                n("70.27"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("359"), // sharesOwnedFollowing
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
                                "Jonathan Talisman", // name
                                date("2020-02-13") // date
                        )),
                // header
                new SubmissionHeader(
                        "0000011544-20-000013", // accessionNumber
                        "5", // submissionType
                        date("2019-12-31"), // periodOfReport
                        date("2020-02-13"), // filedDate
                        LocalDateTime.parse("2020-02-13T16:28:19"), // acceptedAt
                        // issuer
                        new HeaderEntity(
                                "0000011544", // cik
                                "BERKLEY W R CORP", // name
                                "6331", // sicCode
                                "FIRE, MARINE & CASUALTY INSURANCE", // sicDescription
                                "DE", // stateOfIncorporation
                                "1231", // fiscalYearEnd
                                "221867895", // irsNumber
                                // businessAddress
                                new Address(
                                        "475 STEAMBOAT ROAD", // street1
                                        ".", // street2
                                        "GREENWICH", // city
                                        "CT", // state
                                        "06830", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                "2036293000", // businessPhone
                                // mailAddress
                                new Address(
                                        "475 STEAMBOAT ROAD", // street1
                                        ".", // street2
                                        "GREENWICH", // city
                                        "CT", // state
                                        "06830", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                List.of() // formerNames
                        ),
                        // reportingOwners
                        List.of(
                                new HeaderEntity(
                                        "0001794251", // cik
                                        "Talisman Jonathan", // name
                                        null, // sicCode
                                        null, // sicDescription
                                        null, // stateOfIncorporation
                                        null, // fiscalYearEnd
                                        null, // irsNumber
                                        null, // businessAddress
                                        null, // businessPhone
                                        // mailAddress
                                        new Address(
                                                "475 STEAMBOAT ROAD", // street1
                                                "W R BERKLEY CORPORATION", // street2
                                                "GREENWICH", // city
                                                "CT", // state
                                                "06830", // zipCode
                                                null, // stateDescription
                                                null, // nonUsAddress
                                                null, // nonUsStateTerritory
                                                null // country
                                        ),
                                        List.of() // formerNames
                                ))
                )
        );

        assertThat(Corpus.parse("rs-kellogg__workshop_2022/form5.txt")).usingRecursiveComparison().isEqualTo(expected);
    }

    /**
     * Form 5/A: none in the corpus, so the SEC's fictitious spec sample doc5a.xml: footnotes on transactionCoding (kept on the code), a late Form 3 holding (transactionFormType 3 with its footnote), valueOwnedFollowing, transactionTotalValue, three signatures.
     */
    @Test
    void form5Amendment_specSample() throws FilingParseException {
        OwnershipFiling expected = new OwnershipFiling(
                "hash-cb70fdf08d952801", // accessionNumber
                AccessionSource.CONTENT_HASH, // accessionSource
                "cb70fdf08d952801d5eb3899ea2dc0dbb913db0a2656802b28aca5a68755d3ca", // sha256
                "spec-samples/doc5a.xml", // source
                Envelope.BARE_XML, // envelope
                "5/A", // formType
                null, // schemaVersion
                date("2002-09-15"), // periodOfReport
                null, // filedDate
                null, // acceptedAt
                date("2003-03-01"), // dateOfOriginalSubmission
                true, // notSubjectToSection16
                null, // form3HoldingsReported
                null, // form4TransactionsReported
                true, // aff10b5One
                null, // noSecuritiesOwned
                "This is just a general comment.", // remarks
                // issuer
                new Issuer(
                        "1212121212", // cik
                        null, // name
                        "AWI", // tradingSymbol
                        null // foreignTradingSymbol
                ),
                // reportingOwners
                List.of(
                        new ReportingOwner(
                                "0000343434", // cik
                                null, // name
                                // address
                                new Address(
                                        "123 Main St", // street1
                                        "Apt #44", // street2
                                        "Anywhere", // city
                                        "VA", // state
                                        "21212", // zipCode
                                        null, // stateDescription
                                        null, // nonUsAddress
                                        null, // nonUsStateTerritory
                                        null // country
                                ),
                                true, // isDirector
                                true, // isOfficer
                                false, // isTenPercentOwner
                                true, // isOther
                                "President and CEO", // officerTitle
                                "Public Affairs Officer", // otherText
                                OwnerKind.PERSON // kind
                        ),
                        new ReportingOwner(
                                "1212121212", // cik
                                null, // name
                                null, // address
                                true, // isDirector
                                true, // isOfficer
                                false, // isTenPercentOwner
                                true, // isOther
                                "President and CEO", // officerTitle
                                "Public Affairs Officer", // otherText
                                OwnerKind.PERSON // kind
                        )),
                // nonDerivativeTransactions
                List.of(
                        new Transaction(
                                false, // derivative
                                0, // position
                                f("Common Stock"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2003-05-01"), // transactionDate
                                none(), // deemedExecutionDate
                                "5", // transactionFormType
                                f("A", "F4", "F5"), // code
                                true, // equitySwapInvolved
                                none(), // timeliness
                                n("2000"), // shares
                                none(), // totalValue
                                n("120"), // pricePerShare
                                f("D"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("22000"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("I", "F3"), // directOrIndirect
                                f("This describes the nature of the ownership.") // natureOfOwnership
                        ),
                        new Transaction(
                                false, // derivative
                                1, // position
                                f("Common Stock"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2002-11-01"), // transactionDate
                                d("2002-11-02"), // deemedExecutionDate
                                "4", // transactionFormType
                                f("J", "F4", "F5"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                n("2000"), // shares
                                none(), // totalValue
                                n("120"), // pricePerShare
                                f("A"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("10000"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("I", "F3"), // directOrIndirect
                                f("This describes the nature of the ownership.") // natureOfOwnership
                        ),
                        new Transaction(
                                false, // derivative
                                2, // position
                                f("Preferred Stock Options", "F1", "F2", "F3"), // securityTitle
                                none(), // conversionOrExercisePrice
                                d("2002-11-02"), // transactionDate
                                d("2002-11-03"), // deemedExecutionDate
                                "5", // transactionFormType
                                f("S"), // code
                                true, // equitySwapInvolved
                                none(), // timeliness
                                n("33333", "F2"), // shares
                                none(), // totalValue
                                n("0"), // pricePerShare
                                f("D"), // acquiredDisposed
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                none(), // sharesOwnedFollowing
                                n("2111111"), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // derivativeTransactions
                List.of(
                        new Transaction(
                                true, // derivative
                                0, // position
                                f("Derived Stock (HOLDING)", "F1", "F3"), // securityTitle
                                n("50.55", "F5"), // conversionOrExercisePrice
                                d("1980-12-25"), // transactionDate
                                none(), // deemedExecutionDate
                                "5", // transactionFormType
                                f("C"), // code
                                false, // equitySwapInvolved
                                none(), // timeliness
                                none(), // shares
                                n("500000", "F2"), // totalValue
                                n("1001.23", "F3"), // pricePerShare
                                f("A"), // acquiredDisposed
                                d("1980-12-25"), // exerciseDate
                                d("1980-12-25", "F4"), // expirationDate
                                f("Derived Stock (HOLDING)"), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                n("100.12"), // underlyingSecurityValue
                                none(), // sharesOwnedFollowing
                                n("3210.88"), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // nonDerivativeHoldings
                List.of(
                        new Holding(
                                false, // derivative
                                0, // position
                                f("Preferred Stock Options", "F1"), // securityTitle
                                none(), // transactionFormType
                                none(), // conversionOrExercisePrice
                                none(), // exerciseDate
                                none(), // expirationDate
                                none(), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                none(), // underlyingSecurityValue
                                n("33333"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // derivativeHoldings
                List.of(
                        new Holding(
                                true, // derivative
                                0, // position
                                f("Derived Stock (HOLDING)"), // securityTitle
                                f("3", "F2"), // transactionFormType
                                n("50.55", "F5"), // conversionOrExercisePrice
                                d("1980-12-25"), // exerciseDate
                                d("1980-12-25", "F4"), // expirationDate
                                f("Derived Stock (HOLDING)"), // underlyingSecurityTitle
                                none(), // underlyingSecurityShares
                                n("100.12"), // underlyingSecurityValue
                                n("0"), // sharesOwnedFollowing
                                none(), // valueOwnedFollowing
                                f("D"), // directOrIndirect
                                none() // natureOfOwnership
                        )),
                // footnotes
                List.of(
                        new Footnote(
                                "F1", // id
                                "Footnote 1." // text
                        ),
                        new Footnote(
                                "F2", // id
                                "Footnote 2." // text
                        ),
                        new Footnote(
                                "F3", // id
                                "Footnote 3." // text
                        ),
                        new Footnote(
                                "F4", // id
                                "Footnote 4." // text
                        ),
                        new Footnote(
                                "F5", // id
                                "Footnote 5." // text
                        )),
                // signatures
                List.of(
                        new Signature(
                                "Jane Doe", // name
                                date("2002-11-23") // date
                        ),
                        new Signature(
                                "John Q. Public", // name
                                date("2002-11-22") // date
                        ),
                        new Signature(
                                "Uncle Sam", // name
                                date("2002-11-24") // date
                        )),
                null // header
        );

        assertThat(Golden.parseResource("spec-samples/doc5a.xml")).usingRecursiveComparison().isEqualTo(expected);
    }
}
