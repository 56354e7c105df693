package io.insidergraph.neo4j;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Neo4j engine running in this JVM, reachable over Bolt on 127.0.0.1 exactly like a server, so that the
 * driver, Spring Data Neo4j, cypher-shell and Neo4j Browser all talk to it the same way.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, Path home) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.home = home;
    }

    public static EmbeddedNeo4j start(Path home, InsidergraphProperties.Embedded settings) {
        try {
            Files.createDirectories(home);
        }
        catch (java.io.IOException ex) {
            throw new IllegalStateException("Cannot create the data directory " + home.toAbsolutePath(), ex);
        }
        long started = System.nanoTime();
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                        ByteUnit.parse(settings.heapTransactionMemory()))
                // without this, shutdown waits 10 s for Netty's quiet period
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var address = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        var uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
        log.info("Embedded Neo4j started in {} ms, data in {}, Bolt at {} (no authentication)",
                (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), uri);
        return new EmbeddedNeo4j(dbms, uri, home);
    }

    /** The Bolt URI to give the driver, cypher-shell or Neo4j Browser. */
    public URI boltUri() {
        return boltUri;
    }

    /** The default database, for in-process work that must not go through Bolt. */
    public GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
