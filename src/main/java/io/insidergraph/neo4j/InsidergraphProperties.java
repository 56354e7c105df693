package io.insidergraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code insidergraph.*} that decide where the graph lives.
 *
 * @param dataDir  where the embedded database (and the rejects report) are kept; the same folder serves
 *                 {@code ingest} and {@code serve}
 * @param embedded the embedded Neo4j, used unless {@code spring.neo4j.uri} is set
 */
@ConfigurationProperties("insidergraph")
public record InsidergraphProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Embedded embedded) {

    /**
     * @param boltPort  Bolt port on 127.0.0.1; 0 picks any free port
     * @param pageCache Neo4j page cache size, e.g. {@code 512m}
     * @param heapTransactionMemory upper bound for one transaction's memory, e.g. {@code 1g}
     */
    public record Embedded(
            @DefaultValue("7687") int boltPort,
            @DefaultValue("512m") String pageCache,
            @DefaultValue("2g") String heapTransactionMemory) {
    }
}
