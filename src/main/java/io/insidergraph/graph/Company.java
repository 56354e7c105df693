package io.insidergraph.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An issuer, or a reporting owner that is an organisation. */
public record Company(String cik, String name, @Nullable String ticker, List<String> tickers, @Nullable String sic,
        @Nullable String sicDescription, @Nullable String stateOfIncorporation) implements Entity {
}
