package io.insidergraph.filing;

import java.util.List;

/** A parsed filing with one part replaced, as another source of records (a data-set loader) might build it. */
final class Records {

    private Records() {
    }

    static OwnershipFiling withNonDerivativeTransactions(OwnershipFiling f, Transaction... transactions) {
        return new OwnershipFiling(f.accessionNumber(), f.accessionSource(), f.sha256(), f.source(), f.envelope(),
                f.formType(), f.schemaVersion(), f.periodOfReport(), f.filedDate(), f.acceptedAt(),
                f.dateOfOriginalSubmission(), f.notSubjectToSection16(), f.form3HoldingsReported(),
                f.form4TransactionsReported(), f.aff10b5One(), f.noSecuritiesOwned(), f.remarks(), f.issuer(),
                f.reportingOwners(), List.of(transactions), f.derivativeTransactions(), f.nonDerivativeHoldings(),
                f.derivativeHoldings(), f.footnotes(), f.signatures(), f.header());
    }

    static OwnershipFiling withOwners(OwnershipFiling f, List<ReportingOwner> owners) {
        return new OwnershipFiling(f.accessionNumber(), f.accessionSource(), f.sha256(), f.source(), f.envelope(),
                f.formType(), f.schemaVersion(), f.periodOfReport(), f.filedDate(), f.acceptedAt(),
                f.dateOfOriginalSubmission(), f.notSubjectToSection16(), f.form3HoldingsReported(),
                f.form4TransactionsReported(), f.aff10b5One(), f.noSecuritiesOwned(), f.remarks(), f.issuer(),
                owners, f.nonDerivativeTransactions(), f.derivativeTransactions(), f.nonDerivativeHoldings(),
                f.derivativeHoldings(), f.footnotes(), f.signatures(), f.header());
    }
}
