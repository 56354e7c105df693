package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A Table I or II row that reports a transaction, with the keys ({@code accessionNumber}, {@code issuerCik}) by
 * which its filing, issuer, owners and footnotes are loaded in batches.
 */
public record TransactionNode(String id, String accessionNumber, String issuerCik, boolean derivative,
        String securityTitle, @Nullable LocalDate transactionDate, @Nullable LocalDate deemedExecutionDate,
        @Nullable String code, @Nullable Boolean equitySwapInvolved, @Nullable Double shares,
        @Nullable Double pricePerShare, @Nullable Double value, @Nullable String acquiredDisposed,
        @Nullable Double sharesOwnedFollowing, @Nullable Double valueOwnedFollowing, @Nullable String directOrIndirect,
        @Nullable String natureOfOwnership, @Nullable Double conversionOrExercisePrice, @Nullable LocalDate exerciseDate,
        @Nullable LocalDate expirationDate, @Nullable String underlyingSecurityTitle,
        @Nullable Double underlyingSecurityShares, List<String> footnoteIds) {

    static TransactionNode of(Value value) {
        var t = value.asNode();
        return new TransactionNode(Props.string(t, "id", ""), Props.string(t, "accessionNumber", ""),
                Props.string(t, "issuerCik", ""), Props.flag(t, "derivative"),
                Props.string(t, "securityTitle", "(untitled)"), Props.date(t, "transactionDate"),
                Props.date(t, "deemedExecutionDate"), Props.string(t, "code"), Props.bool(t, "equitySwapInvolved"),
                Props.number(t, "shares"), Props.number(t, "pricePerShare"), Props.number(t, "value"),
                Props.string(t, "acquiredDisposed"), Props.number(t, "sharesOwnedFollowing"),
                Props.number(t, "valueOwnedFollowing"), Props.string(t, "directOrIndirect"),
                Props.string(t, "natureOfOwnership"), Props.number(t, "conversionOrExercisePrice"),
                Props.date(t, "exerciseDate"), Props.date(t, "expirationDate"),
                Props.string(t, "underlyingSecurityTitle"), Props.number(t, "underlyingSecurityShares"),
                Props.strings(t, "footnoteIds"));
    }
}
