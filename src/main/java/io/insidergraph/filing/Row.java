package io.insidergraph.filing;

/** A row of Table I or II: a {@link Transaction} or a {@link Holding}. */
public sealed interface Row permits Transaction, Holding {

    boolean derivative();

    int position();

    Fact<String> securityTitle();

    Fact<String> underlyingSecurityTitle();
}
