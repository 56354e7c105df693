package io.insidergraph.graph;

import java.util.List;

import io.insidergraph.filing.OwnershipFiling;

/**
 * Stores batches of parsed filings, one transaction per batch: a batch is stored whole or not at all, so a run
 * that is killed can simply be run again. Two implementations give the same graph: {@link CypherGraphWriter}, the
 * parameterised statements of {@code cypher/ingest/} over Bolt (any server or cluster), and
 * {@link EmbeddedGraphWriter}, the same writes through the embedded database's own Java API.
 */
public interface GraphWriter {

    /** Writes one batch in one transaction and says what became of each filing. */
    WriteOutcome write(List<OwnershipFiling> batch);

    /**
     * What a batch write did: the filings written (new, or replacing a stored copy), the accession numbers whose
     * stored copy was replaced, and the filings skipped because their filing was already stored.
     */
    record WriteOutcome(List<OwnershipFiling> written, List<String> replaced, List<OwnershipFiling> skipped) {
    }
}
