package io.insidergraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies every {@code cypher/schema/*.cypher} file (constraints and indexes, all {@code IF NOT EXISTS}) at
 * startup, before any runner ingests or serves, on the embedded database and on a server alike; then waits until
 * the indexes are online.
 */
@Component
public class SchemaBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaBootstrap.class);

    private final Driver driver;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    SchemaBootstrap(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        this.embedded = embedded;
    }

    /** On the embedded database through its Java API, which works with Bolt off too; on a server through the driver. */
    @Override
    public void afterSingletonsInstantiated() {
        var local = embedded.getIfAvailable();
        if (local != null) {
            apply(local.database());
        }
        else {
            apply(driver);
        }
    }

    /** Applies the schema to the database behind the driver and waits for its indexes. */
    public static void apply(Driver driver) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            apply(statement -> session.run(statement).consume());
        }
    }

    /** Applies the schema to an embedded database and waits for its indexes. */
    public static void apply(GraphDatabaseService database) {
        apply(database::executeTransactionally);
    }

    private static void apply(Consumer<String> run) {
        int applied = 0;
        for (var file : schemaFiles()) {
            for (var statement : CypherResources.statements("schema/" + file.getFilename())) {
                run.accept(statement);
                applied++;
            }
        }
        run.accept("CALL db.awaitIndexes(300)");
        log.info("Schema ready: {} constraint and index statements applied", applied);
    }

    private static Resource[] schemaFiles() {
        try {
            var files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list cypher/schema on the classpath", ex);
        }
    }
}
