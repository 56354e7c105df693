package io.insidergraph.filing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything one ownership filing states. {@code formType} is the document type as filed ("3", "4/A", ...);
 * {@code filedDate} and {@code acceptedAt} come from a submission header when there is one.
 * {@code sha256} is the hex SHA-256 of the input bytes (after gunzip), {@code source} the name it was read from.
 */
public record OwnershipFiling(
        String accessionNumber,
        AccessionSource accessionSource,
        String sha256,
        String source,
        Envelope envelope,
        String formType,
        @Nullable String schemaVersion,
        @Nullable LocalDate periodOfReport,
        @Nullable LocalDate filedDate,
        @Nullable LocalDateTime acceptedAt,
        @Nullable LocalDate dateOfOriginalSubmission,
        @Nullable Boolean notSubjectToSection16,
        @Nullable Boolean form3HoldingsReported,
        @Nullable Boolean form4TransactionsReported,
        @Nullable Boolean aff10b5One,
        @Nullable Boolean noSecuritiesOwned,
        @Nullable String remarks,
        Issuer issuer,
        List<ReportingOwner> reportingOwners,
        List<Transaction> nonDerivativeTransactions,
        List<Transaction> derivativeTransactions,
        List<Holding> nonDerivativeHoldings,
        List<Holding> derivativeHoldings,
        List<Footnote> footnotes,
        List<Signature> signatures,
        @Nullable SubmissionHeader header) {

    public OwnershipFiling {
        reportingOwners = List.copyOf(reportingOwners);
        nonDerivativeTransactions = List.copyOf(nonDerivativeTransactions);
        derivativeTransactions = List.copyOf(derivativeTransactions);
        nonDerivativeHoldings = List.copyOf(nonDerivativeHoldings);
        derivativeHoldings = List.copyOf(derivativeHoldings);
        footnotes = List.copyOf(footnotes);
        signatures = List.copyOf(signatures);
    }

    /** True for the amendments 3/A, 4/A and 5/A. */
    public boolean isAmendment() {
        return formType.endsWith("/A");
    }
}
