package io.insidergraph.filing;

/** Whether a reporting owner is a natural person or an organisation (see {@code OwnerKindHeuristic}). */
public enum OwnerKind {
    PERSON,
    ORGANIZATION
}
