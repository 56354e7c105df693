/**
 * The ingest pipeline: finds the documents in files, folders and archives, parses them on worker threads while a
 * single writer stores them in batches, and accounts for every input as ingested, skipped or rejected (with the
 * reason, in a rejects report). Memory stays bounded whatever the size of the input.
 */
@NullMarked
package io.insidergraph.ingest;

import org.jspecify.annotations.NullMarked;
