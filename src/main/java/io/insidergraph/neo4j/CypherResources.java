package io.insidergraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the Cypher the app runs from {@code classpath:cypher/}, the only place Cypher lives. Line comments
 * ({@code //}) are dropped; a file may hold several statements separated by {@code ;}.
 */
public final class CypherResources {

    private CypherResources() {
    }

    /** The single statement in {@code cypher/<path>}, e.g. {@code load("queries/company.cypher")}. */
    public static String load(String path) {
        var statements = statements(path);
        if (statements.size() != 1) {
            throw new IllegalStateException("cypher/" + path + " holds " + statements.size()
                    + " statements, expected exactly one");
        }
        return statements.getFirst();
    }

    /** Every statement in {@code cypher/<path>}, in file order. */
    public static List<String> statements(String path) {
        var text = read(path).lines()
                .filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(text.split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    private static String read(String path) {
        var resource = new ClassPathResource("cypher/" + path);
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read cypher/" + path + " from the classpath", ex);
        }
    }
}
