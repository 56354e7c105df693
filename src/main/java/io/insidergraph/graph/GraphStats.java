package io.insidergraph.graph;

/** How much the graph holds. */
public record GraphStats(long companies, long people, long filings, long transactions, long holdings) {
}
