package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookups by accession, CIK, ticker and name on the real sample filings. */
class LookupIT extends ApiTestBase {

    @Test
    void aFilingSaysWhichCopyOfItTheGraphHolds() throws Exception {
        var response = tester.document("""
                { submission: filing(accessionNumber: "0001628280-25-025936") {
                    storedCopy { envelope hasHeader sha256 } }
                  bare: filing(accessionNumber: "0000899243-17-024441") { storedCopy { envelope hasHeader } } }""")
                .execute();
        response.errors().verify();
        response.path("submission.storedCopy.envelope").entity(String.class).isEqualTo("SEC_DOCUMENT");
        response.path("submission.storedCopy.hasHeader").entity(Boolean.class).isEqualTo(true);
        response.path("submission.storedCopy.sha256").entity(String.class).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(
                        Files.readAllBytes(Path.of("samples/filings/0001628280-25-025936.txt")))));
        response.path("bare.storedCopy.envelope").entity(String.class).isEqualTo("BARE_XML");
        response.path("bare.storedCopy.hasHeader").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void filingStatesItsFactsIssuerOwnersRowsAndFootnotes() {
        var response = tester.document("""
                { filing(accessionNumber: "0001628280-25-025936") {
                    accessionNumber formType schemaVersion periodOfReport filedAt aff10b5One remarks
                    issuer { cik name ticker }
                    reportingOwners { owner { cik name ... on Person { displayName } } isDirector isOfficer
                                      isTenPercentOwner isOther officerTitle }
                    nonDerivativeTransactions { id }
                    derivativeTransactions { id securityTitle transactionDate code shares pricePerShare
                        acquiredDisposed sharesOwnedFollowing directOrIndirect underlyingSecurityTitle
                        underlyingSecurityShares footnoteIds footnotes { field footnote { id } }
                        owners { cik } issuer { ticker } filing { accessionNumber } }
                    nonDerivativeHoldings { id securityTitle sharesOwnedFollowing directOrIndirect footnoteIds }
                    derivativeHoldings { id }
                    footnotes { id text }
                } }""").execute();
        response.errors().verify();
        response.path("filing.formType").entity(String.class).isEqualTo("4");
        response.path("filing.schemaVersion").entity(String.class).isEqualTo("X0508");
        response.path("filing.periodOfReport").entity(String.class).isEqualTo("2025-05-14");
        response.path("filing.filedAt").entity(String.class).isEqualTo("2025-05-15");
        response.path("filing.aff10b5One").entity(Boolean.class).isEqualTo(false);
        response.path("filing.issuer.name").entity(String.class).isEqualTo("ANNALY CAPITAL MANAGEMENT INC");
        response.path("filing.issuer.ticker").entity(String.class).isEqualTo("NLY");
        response.path("filing.reportingOwners[0].owner.cik").entity(String.class).isEqualTo(LAGUERRE);
        response.path("filing.reportingOwners[0].owner.displayName").entity(String.class).isEqualTo("Martin Laguerre");
        response.path("filing.reportingOwners[0].isDirector").entity(Boolean.class).isEqualTo(true);
        response.path("filing.reportingOwners[0].isOfficer").entity(Boolean.class).isEqualTo(false);
        response.path("filing.nonDerivativeTransactions").entityList(Object.class).hasSize(0);
        response.path("filing.derivativeTransactions[0].id").entity(String.class)
                .isEqualTo("0001628280-25-025936:T:D:0");
        response.path("filing.derivativeTransactions[0].securityTitle").entity(String.class)
                .isEqualTo("Deferred Stock Units");
        response.path("filing.derivativeTransactions[0].transactionDate").entity(String.class).isEqualTo("2025-05-14");
        response.path("filing.derivativeTransactions[0].code").entity(String.class).isEqualTo("A");
        response.path("filing.derivativeTransactions[0].shares").entity(Double.class).isEqualTo(8961.0);
        response.path("filing.derivativeTransactions[0].sharesOwnedFollowing").entity(Double.class).isEqualTo(29507.0);
        response.path("filing.derivativeTransactions[0].underlyingSecurityTitle").entity(String.class)
                .isEqualTo("Common Stock");
        response.path("filing.derivativeTransactions[0].footnoteIds").entityList(String.class)
                .containsExactly("F1", "F2");
        response.path("filing.derivativeTransactions[0].footnotes[*].field").entityList(String.class)
                .containsExactly("conversionOrExercisePrice", "exerciseDate", "expirationDate", "sharesOwnedFollowing");
        response.path("filing.derivativeTransactions[0].footnotes[*].footnote.id").entityList(String.class)
                .containsExactly("F1", "F1", "F1", "F2");
        response.path("filing.derivativeTransactions[0].owners[0].cik").entity(String.class).isEqualTo(LAGUERRE);
        response.path("filing.derivativeTransactions[0].issuer.ticker").entity(String.class).isEqualTo("NLY");
        response.path("filing.derivativeTransactions[0].filing.accessionNumber").entity(String.class).isEqualTo(SEED);
        response.path("filing.nonDerivativeHoldings[0].securityTitle").entity(String.class).isEqualTo("Common Stock");
        response.path("filing.nonDerivativeHoldings[0].sharesOwnedFollowing").entity(Double.class).isEqualTo(0.0);
        response.path("filing.nonDerivativeHoldings[0].directOrIndirect").entity(String.class).isEqualTo("D");
        response.path("filing.derivativeHoldings").entityList(Object.class).hasSize(0);
        response.path("filing.footnotes[*].id").entityList(String.class).containsExactly("F1", "F2");
        response.path("filing.footnotes[1].text").entity(String.class).satisfies(text -> assertThat(text)
                .startsWith("Reflects the aggregate amount of DSUs granted"));
    }

    @Test
    void companyByCikWithOrWithoutLeadingZerosAndByTicker() {
        var response = tester.document("""
                { padded: company(cik: "0001345016") { cik name ticker tickers }
                  bare: company(cik: "1345016") { cik }
                  byTicker: companyByTicker(ticker: "yelp") { cik name }
                  tickerAsKey: company(cik: "YELP") { cik } }""").execute();
        response.errors().verify();
        response.path("padded.name").entity(String.class).isEqualTo("YELP INC");
        response.path("padded.ticker").entity(String.class).isEqualTo("YELP");
        response.path("padded.tickers").entityList(String.class).containsExactly("YELP");
        response.path("bare.cik").entity(String.class).isEqualTo(YELP);
        response.path("byTicker.cik").entity(String.class).isEqualTo(YELP);
        response.path("tickerAsKey.cik").entity(String.class).isEqualTo(YELP);
    }

    @Test
    void personByCik() {
        var response = tester.document("{ person(cik: \"1963683\") { cik name displayName names } }").execute();
        response.errors().verify();
        response.path("person.name").entity(String.class).isEqualTo("Laguerre Martin");
        response.path("person.displayName").entity(String.class).isEqualTo("Martin Laguerre");
        response.path("person.names").entityList(String.class).containsExactly("Laguerre Martin");
    }

    @Test
    void unknownIdentifiersAnswerNullWithoutErrors() {
        var response = tester.document("""
                { person(cik: "9999999999") { name } company(cik: "9999999999") { name }
                  companyByTicker(ticker: "NOPE") { name } unknownTicker: company(cik: "NOPE") { name } filing(accessionNumber: "0000000000-00-000000") { formType }
                  personIsNotACompany: company(cik: "0001963683") { name } }""").execute();
        response.errors().verify();
        response.path("person").valueIsNull();
        response.path("company").valueIsNull();
        response.path("companyByTicker").valueIsNull();
        response.path("unknownTicker").valueIsNull();
        response.path("filing").valueIsNull();
        response.path("personIsNotACompany").valueIsNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"martin laguerre", "Laguerre Martin", "laguerre", "LAGUER"})
    void searchFindsMartinLaguerreWhateverTheOrderCaseOrCompleteness(String text) {
        tester.document("query($text: String!) { search(text: $text) { cik name ... on Person { displayName } } }")
                .variable("text", text).execute()
                .path("search[0].cik").entity(String.class).isEqualTo(LAGUERRE)
                .path("search[0].displayName").entity(String.class).isEqualTo("Martin Laguerre");
    }

    @Test
    void searchFindsCompaniesAndPeopleBestFirst() {
        var response = tester.document("{ search(text: \"mithril\", first: 5) { __typename cik name } }").execute();
        response.errors().verify();
        response.path("search[*].name").entityList(String.class).satisfies(names -> assertThat(names)
                .containsExactlyInAnyOrder("MITHRIL II LP", "Mithril II GP LP", "Mithril II UGP LLC"));
        response.path("search[*].__typename").entityList(String.class)
                .isEqualTo(List.of("Company", "Company", "Company"));
        tester.document("{ search(text: \"  !!  \") { cik } }").execute().path("search").entityList(Object.class)
                .hasSize(0);
    }
}
