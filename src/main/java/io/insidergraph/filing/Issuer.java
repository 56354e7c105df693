package io.insidergraph.filing;

import org.jspecify.annotations.Nullable;

/** The company whose securities the filing is about; {@code cik} has 10 digits, leading zeros kept. */
public record Issuer(
        String cik,
        @Nullable String name,
        @Nullable String tradingSymbol,
        @Nullable String foreignTradingSymbol) {
}
