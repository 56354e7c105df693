package io.insidergraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.insidergraph.neo4j.EmbeddedNeo4j;
import io.insidergraph.neo4j.InsidergraphProperties;
import io.insidergraph.neo4j.SchemaBootstrap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;

/**
 * An embedded Neo4j of a test class's own, with the app's schema, for tests that must count every node and edge
 * and so cannot share the application's database: no Spring, the real engine, reached over Bolt and in-process.
 */
public final class IsolatedNeo4j implements AutoCloseable {

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;
    private final Path home;
    private boolean shutDown;

    private IsolatedNeo4j(Path home) {
        this.home = home;
        this.neo4j = EmbeddedNeo4j.start(home, InsidergraphProperties.Embedded.openOnAnyPort("64m", "1g"));
        this.driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
        SchemaBootstrap.apply(driver);
    }

    public static IsolatedNeo4j start() {
        try {
            return new IsolatedNeo4j(Files.createTempDirectory("insidergraph-isolated-"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public Driver driver() {
        return driver;
    }

    public java.net.URI boltUri() {
        return neo4j.boltUri();
    }

    public GraphDatabaseService database() {
        return neo4j.database();
    }

    /** Shuts the database down as a crash or an operator would, while clients may still be using it. */
    public void shutDown() {
        if (!shutDown) {
            shutDown = true;
            neo4j.close();
        }
    }

    /** Removes every node and relationship (the schema stays). */
    public void clear() {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
        }
    }

    public long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }

    /**
     * The whole graph as sorted lines, one per node (labels, then every property) and one per relationship (type,
     * the keys of its ends, every property), each value with its stored Java type ({@code Long:1} and
     * {@code Double:1.0}, {@code String:2024-01-01} and {@code LocalDate:2024-01-01} differ), read through the
     * database's own API so that nothing is converted on the way: two graphs compare equal only when every writer
     * stored the same values with the same types.
     */
    public List<String> dump() {
        var lines = new ArrayList<String>();
        try (var tx = neo4j.database().beginTx()) {
            for (var node : tx.getAllNodes()) {
                var labels = new ArrayList<String>();
                node.getLabels().forEach(label -> labels.add(label.name()));
                labels.sort(null);
                lines.add("node " + labels + " " + typed(node.getAllProperties()));
            }
            for (var relationship : tx.getAllRelationships()) {
                lines.add("rel " + relationship.getType().name() + " " + key(relationship.getStartNode()) + " -> "
                        + key(relationship.getEndNode()) + " " + typed(relationship.getAllProperties()));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String key(Node node) {
        for (var property : List.of("cik", "accessionNumber", "id")) {
            if (node.hasProperty(property)) {
                return String.valueOf(node.getProperty(property));
            }
        }
        return "node without a key " + node.getAllProperties();
    }

    private static String typed(Map<String, Object> properties) {
        var typed = new TreeMap<String, String>();
        properties.forEach((name, value) -> typed.put(name, value.getClass().getSimpleName() + ":"
                + (value.getClass().isArray() ? arrayText(value) : value.toString())));
        return typed.toString();
    }

    private static String arrayText(Object array) {
        var elements = new ArrayList<String>();
        for (int i = 0; i < Array.getLength(array); i++) {
            elements.add(String.valueOf(Array.get(array, i)));
        }
        return elements.toString();
    }

    @Override
    public void close() {
        driver.close();
        shutDown();
        try (var walk = Files.walk(home)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            // a temp folder left behind is harmless
        }
    }
}
