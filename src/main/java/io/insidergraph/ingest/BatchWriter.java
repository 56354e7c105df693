package io.insidergraph.ingest;

import java.util.List;

import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.graph.GraphWriter.WriteOutcome;

/** Stores one batch of filings in one transaction; {@code GraphWriter::write} in production. */
@FunctionalInterface
interface BatchWriter {
    WriteOutcome write(List<OwnershipFiling> batch);
}
