package io.insidergraph.neo4j;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.insidergraph.neo4j.InsidergraphProperties.BoltAuth;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Neo4j engine running in this JVM, reachable over Bolt on 127.0.0.1 exactly like a server, so that the
 * driver, Spring Data Neo4j, cypher-shell and Neo4j Browser all talk to it the same way; or, for {@code ingest},
 * without Bolt, through its Java API alone. Its transaction logs are sized for a laptop.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /**
     * Neo4j's defaults suit a server: each database (this one and {@code system}) preallocates a 256 MiB transaction
     * log, keeps logs of the last two days up to 2 GiB, and checkpoints every 15 minutes, so a fresh folder took
     * 517 MB for 68 filings and a long ingest could keep gigabytes of logs. Here logs grow as they are written,
     * rotate at 64 MiB, and only what crash recovery needs is kept (the latest log, and any since the last
     * checkpoint); a checkpoint every 5 minutes lets a long ingest prune them as it goes. No backup or cluster
     * reads these logs (the embedded database is Community Edition), so nothing needs more.
     */
    private static DatabaseManagementServiceBuilder laptopTransactionLogs(DatabaseManagementServiceBuilder builder) {
        return builder.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5));
    }

    private final DatabaseManagementService dbms;
    private final @Nullable URI boltUri;
    private final AuthToken authToken;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, @Nullable URI boltUri, AuthToken authToken, Path home) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.authToken = authToken;
        this.home = home;
    }

    /**
     * Starts the database in {@code home}, with Bolt if {@code settings.bolt()}.
     *
     * @throws DataFolderInUseException when another process (a running {@code serve}, say) holds {@code home}
     */
    public static EmbeddedNeo4j start(Path home, InsidergraphProperties.Embedded settings) {
        try {
            Files.createDirectories(home);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot create the data directory " + home.toAbsolutePath(), ex);
        }
        long started = System.nanoTime();
        boolean auth = settings.bolt() && settings.boltAuth() == BoltAuth.PASSWORD;
        var password = auth ? BoltPassword.of(home, settings.boltPassword()) : null;
        var builder = laptopTransactionLogs(new DatabaseManagementServiceBuilder(home))
                .setConfig(BoltConnector.enabled, settings.bolt())
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                        ByteUnit.parse(settings.heapTransactionMemory()));
        if (settings.bolt()) {
            builder.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // without this, shutdown waits 10 s for Netty's quiet period
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        }
        var dbms = build(builder, home);
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        AuthToken token = AuthTokens.none();
        if (password != null) {
            password.apply(system);
            token = AuthTokens.basic(BoltPassword.USER, password.value());
        }
        URI uri = null;
        if (settings.bolt()) {
            var address = system.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
        }
        log.info("Embedded Neo4j started in {} ms, data in {}, {}", (System.nanoTime() - started) / 1_000_000,
                home.toAbsolutePath(), uri == null ? "no Bolt port (in-process only)"
                        : "Bolt at " + uri + (password == null ? " (no authentication)" : " (" + password.describe() + ")"));
        return new EmbeddedNeo4j(dbms, uri, token, home);
    }

    private static DatabaseManagementService build(DatabaseManagementServiceBuilder builder, Path home) {
        try {
            return builder.build();
        }
        catch (RuntimeException ex) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof FileLockException) {
                    throw new DataFolderInUseException(home, ex);
                }
            }
            throw ex;
        }
    }

    /** The Bolt URI to give the driver, cypher-shell or Neo4j Browser; empty when Bolt is off. */
    public Optional<URI> bolt() {
        return Optional.ofNullable(boltUri);
    }

    /** The Bolt URI; for callers that started the database with Bolt. */
    public URI boltUri() {
        return bolt().orElseThrow(() -> new IllegalStateException("the embedded database was started without Bolt"));
    }

    /** What the app's own driver logs in with. */
    public AuthToken authToken() {
        return authToken;
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

    /** Thrown by {@link #start} when another process holds the data folder. */
    public static final class DataFolderInUseException extends RuntimeException {

        DataFolderInUseException(Path home, Throwable cause) {
            super("The data folder " + home.toAbsolutePath() + " is in use by another process, most likely a running "
                    + "'insidergraph serve'. Stop it first, or ingest through it: 'serve --ingest PATH...' when "
                    + "starting it, or the ingestFiling mutation while it runs.", cause);
        }

        /** The one among {@code failure} and its causes, if any. */
        public static Optional<DataFolderInUseException> in(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DataFolderInUseException inUse) {
                    return Optional.of(inUse);
                }
            }
            return Optional.empty();
        }
    }
}
