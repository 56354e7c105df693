package io.insidergraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.neo4j.driver.Value;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * An embedded Neo4j of a test class's own, with the app's schema, for tests that must count every node and edge
 * and so cannot share the application's database: no Spring, the real engine, reached over Bolt and in-process.
 */
public final class IsolatedNeo4j implements AutoCloseable {

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;
    private final Path home;

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

    public GraphDatabaseService database() {
        return neo4j.database();
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
     * The whole graph as sorted lines, one per node (labels, key, every property) and one per relationship (type,
     * end keys, every property), so two graphs can be compared exactly.
     */
    public List<String> dump() {
        var lines = new ArrayList<String>();
        driver.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties").execute()
                .records().forEach(r -> lines.add("node " + sorted(r.get("labels").asList(Object::toString))
                        + " " + format(r.get("properties"))));
        driver.executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS type, coalesce(a.cik, a.accessionNumber, a.id) AS from,
                       coalesce(b.cik, b.accessionNumber, b.id) AS to, properties(r) AS properties""").execute()
                .records().forEach(r -> lines.add("rel " + r.get("type").asString() + " " + r.get("from").asString()
                        + " -> " + r.get("to").asString() + " " + format(r.get("properties"))));
        lines.sort(null);
        return lines;
    }

    private static List<String> sorted(List<String> labels) {
        var copy = new ArrayList<>(labels);
        copy.sort(null);
        return copy;
    }

    private static String format(Value properties) {
        Map<String, Object> map = new TreeMap<>(properties.asMap(value -> value.asObject().toString()));
        return map.toString();
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
        try (var walk = Files.walk(home)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            // a temp folder left behind is harmless
        }
    }
}
