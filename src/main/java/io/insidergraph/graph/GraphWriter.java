package io.insidergraph.graph;

import java.util.List;

import io.insidergraph.filing.OwnershipFiling;

/**
 * Stores batches of parsed filings, one transaction per batch: a batch is stored whole or not at all, so a run
 * that is killed can simply be run again. Of several copies of one accession number the graph keeps the one
 * {@link CopyRank} ranks highest, whatever the order of arrival. Database failures leave a writer as
 * {@link GraphWriteException} or, when no write can succeed, {@link GraphStoreUnavailableException}. Two
 * implementations give the same graph: {@link CypherGraphWriter}, the parameterised statements of
 * {@code cypher/ingest/} over Bolt (any server or cluster), and {@link EmbeddedGraphWriter}, the same writes
 * through the embedded database's own Java API; both work from a {@link WriteBatch}.
 */
public interface GraphWriter {

    /** Writes one batch in one transaction and says what became of each filing. */
    WriteOutcome write(List<OwnershipFiling> batch);

    /**
     * What a batch write did, by the rules of {@link CopyRank}: the filings written (new, or replacing a stored
     * copy of lower rank), the accession numbers whose stored copy was replaced, the filings skipped because the
     * same bytes or the same filing is kept, the filings not stored because a copy that holds something else
     * ranks above them, and every such conflict (whichever copy lost it).
     */
    record WriteOutcome(List<OwnershipFiling> written, List<String> replaced, List<OwnershipFiling> skipped,
            List<OwnershipFiling> lost, List<CopyConflict> conflicts) {
    }
}
