package io.insidergraph.graph;

/** How a list of transactions is sorted; ties are broken as filings list their rows (accession, table, position). */
public enum TransactionOrder {
    /** Newest transaction date first, undated rows last. */
    DATE,
    /** Largest value (shares × price) first, rows without a value last. */
    VALUE
}
