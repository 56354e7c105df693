package io.insidergraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Tuning of the ingest pipeline ({@code insidergraph.ingest.*}).
 *
 * @param batchSize     filings per write transaction
 * @param parserThreads threads that parse; 0 means one per core
 * @param maxFileSize   a document above this size is rejected unread
 * @param memoryBudget  bytes of documents read but not yet written; reading waits when it is spent
 */
@ConfigurationProperties("insidergraph.ingest")
public record IngestSettings(
        @DefaultValue("500") int batchSize,
        @DefaultValue("0") int parserThreads,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("256MB") DataSize memoryBudget) {

    int effectiveParserThreads() {
        return parserThreads > 0 ? parserThreads : Runtime.getRuntime().availableProcessors();
    }
}
