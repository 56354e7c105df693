package io.insidergraph.network;

/** Which one-mode projection of the insider-company graph a network is. */
public enum NetworkKind {

    /** companies, joined when they share insiders (interlocking boards) */
    BOARD,

    /** insiders, joined when they hold the role at the same companies */
    PEOPLE
}
