package io.insidergraph.ingest;

import org.jspecify.annotations.Nullable;

/** An input that was not ingested, and why. */
public record Reject(String source, @Nullable String accessionNumber, String reason) {
}
