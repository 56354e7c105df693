package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Which transactions to list; every absent criterion matches everything. */
public record TransactionFilter(@Nullable String issuerCik, @Nullable String ownerCik, @Nullable List<String> codes,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Boolean derivative, @Nullable Double minValue) {

    public static final TransactionFilter NONE = new TransactionFilter(null, null, null, null, null, null, null);

    public TransactionFilter withIssuer(String cik) {
        return new TransactionFilter(cik, ownerCik, codes, from, to, derivative, minValue);
    }

    public TransactionFilter withOwner(String cik) {
        return new TransactionFilter(issuerCik, cik, codes, from, to, derivative, minValue);
    }
}
