package io.insidergraph.graph;

/** A person or a company, identified by CIK; GraphQL resolves the {@code Entity} interface by the record's name. */
public sealed interface Entity permits Person, Company {

    String cik();

    String name();
}
