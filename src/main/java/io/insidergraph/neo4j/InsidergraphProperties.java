package io.insidergraph.neo4j;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
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
     * @param bolt                  whether to open the Bolt port; {@code ingest} turns it off (it writes in-process,
     *                              so it needs none, and then cannot collide with a running {@code serve}), while
     *                              {@code serve} needs it: the API reads over Bolt
     * @param boltPort              Bolt port on 127.0.0.1; 0 picks any free port
     * @param boltAuth              who may use the Bolt port: {@code password} (the user {@code neo4j} with
     *                              {@code boltPassword}) or {@code none} (anyone who can reach 127.0.0.1)
     * @param boltPassword          the password of {@code neo4j} on the Bolt port; unset, one is made up on the first
     *                              start and kept in {@code <data-dir>/neo4j/bolt-password}, readable by its owner only
     * @param pageCache             Neo4j page cache size, e.g. {@code 512m}
     * @param heapTransactionMemory upper bound for one transaction's memory, e.g. {@code 1g}
     */
    public record Embedded(
            @DefaultValue("true") boolean bolt,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("password") BoltAuth boltAuth,
            @Nullable String boltPassword,
            @DefaultValue("512m") String pageCache,
            @DefaultValue("2g") String heapTransactionMemory) {

        /** Bolt on a free port without authentication: for an embedded database of a test's or a benchmark's own. */
        public static Embedded openOnAnyPort(String pageCache, String heapTransactionMemory) {
            return new Embedded(true, 0, BoltAuth.NONE, null, pageCache, heapTransactionMemory);
        }
    }

    /** Who may use the embedded database's Bolt port. */
    public enum BoltAuth {
        /** The user {@code neo4j} with the configured or generated password; the app's own driver logs in so. */
        PASSWORD,
        /** Anyone who can reach 127.0.0.1: other users of the machine, and web pages open in its browser. */
        NONE
    }
}
