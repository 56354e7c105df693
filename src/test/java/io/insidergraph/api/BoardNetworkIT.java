package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * boardNetwork and insiderNetwork on the corpus, field by field against NetworkX: each
 * {@code src/test/resources/network/expected-*.json} is what {@code expected.py} computed with NetworkX 3.6.1 from
 * the spells that {@code tenure/spells.py} finds in the same filings (both independent of the application): the
 * projection's edges and shared partners exactly, every metric within 1e-5 (NetworkX stops PageRank's power iteration
 * at its default tolerance of 1e-6), eigenvector within 1e-6 of NetworkX's iterated to convergence (at its default
 * tolerance NetworkX leaves about 1e-5 on components the limit gives 0), and the communities as a partition with its
 * modularity.
 */
class BoardNetworkIT extends CorpusApiTestBase {

    private static final Path EXPECTED = Path.of("src/test/resources/network");
    private static final double TOLERANCE = 1e-5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Path> cases() throws Exception {
        try (var files = Files.list(EXPECTED)) {
            return files.filter(f -> f.getFileName().toString().startsWith("expected-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyMetricIsNetworkXsDefault(Path file) throws Exception {
        var expected = JSON.readTree(Files.readString(file));
        var answer = answer(expected.get("case"));

        var nodes = new HashMap<String, JsonNode>();
        answer.get("nodes").forEach(node -> nodes.put(node.get("id").asString(), node));
        assertThat(nodes.keySet()).as("nodes").containsExactlyInAnyOrderElementsOf(names(expected.get("nodes")));
        for (var name : names(expected.get("nodes"))) {
            var want = expected.get("nodes").get(name);
            var got = nodes.get(name);
            assertThat(got.get("degree").asInt()).as(name + " degree").isEqualTo(want.get("degree").asInt());
            assertThat(got.get("weightedDegree").asInt()).as(name + " weightedDegree")
                    .isEqualTo(want.get("weightedDegree").asInt());
            assertThat(got.get("coreNumber").asInt()).as(name + " coreNumber").isEqualTo(want.get("coreNumber").asInt());
            for (var metric : List.of("betweenness", "closeness", "pageRank", "clustering")) {
                assertThat(got.get(metric).asDouble()).as(name + " " + metric)
                        .isCloseTo(want.get(metric).asDouble(), within(TOLERANCE));
            }
            assertThat(got.get("eigenvector").asDouble()).as(name + " eigenvector")
                    .isCloseTo(want.get("eigenvectorConverged").asDouble(), within(1e-6));
        }

        var edges = new ArrayList<List<Object>>();
        var sharedField = expected.get("case").get("network").asString().equals("board") ? "sharedInsiders"
                : "sharedCompanies";
        answer.get("edges").forEach(edge -> {
            var shared = new ArrayList<String>();
            edge.get(sharedField).forEach(partner -> shared.add(partner.get("cik").asString()));
            edges.add(List.of(edge.get("source").asString(), edge.get("target").asString(), edge.get("weight").asInt(),
                    shared));
        });
        var wantEdges = new ArrayList<List<Object>>();
        expected.get("edges").forEach(edge -> {
            var shared = new ArrayList<String>();
            edge.get(3).forEach(partner -> shared.add(partner.asString()));
            wantEdges.add(List.of(edge.get(0).asString(), edge.get(1).asString(), edge.get(2).asInt(), shared));
        });
        assertThat(edges).as("edges, in order").containsExactlyElementsOf(wantEdges);

        var communities = new HashMap<Integer, Set<String>>();
        nodes.forEach((name, node) -> communities.computeIfAbsent(node.get("community").asInt(), c -> new TreeSet<>())
                .add(name));
        var wantCommunities = new ArrayList<Set<String>>();
        expected.get("louvainCommunities").forEach(c -> {
            var set = new TreeSet<String>();
            c.forEach(n -> set.add(n.asString()));
            wantCommunities.add(set);
        });
        assertThat(communities.values()).as("communities").containsExactlyInAnyOrderElementsOf(wantCommunities);
        assertThat(answer.get("communities").asInt()).isEqualTo(wantCommunities.size());
        assertThat(answer.get("modularity").asDouble()).as("modularity")
                .isCloseTo(expected.get("louvainModularity").asDouble(), within(1e-9));
        assertThat(answer.get("truncated").asBoolean()).isEqualTo(expected.get("truncated").asBoolean());
    }

    private JsonNode answer(JsonNode spec) throws Exception {
        boolean board = spec.get("network").asString().equals("board");
        var arguments = new StringBuilder("role: " + spec.get("role").asString());
        for (var name : List.of("asOf", "from", "to")) {
            if (!spec.get(name).isNull()) {
                arguments.append(", ").append(name).append(": \"").append(spec.get(name).asString()).append('"');
            }
        }
        arguments.append(", graceDays: ").append(spec.get("graceDays").asInt()).append(", minShared: ")
                .append(spec.get("minShared").asInt()).append(", limit: ").append(spec.get("limit").asInt());
        var field = board ? "boardNetwork" : "insiderNetwork";
        var document = "{ " + field + "(" + arguments + ") { truncated modularity communities "
                + "nodes { id cik label kind degree weightedDegree betweenness closeness pageRank eigenvector "
                + "clustering coreNumber community } "
                + "edges { id source target weight " + (board ? "sharedInsiders" : "sharedCompanies") + " { cik } } } }";
        var response = tester.document(document).execute();
        response.errors().verify();
        Map<String, Object> data = response.path(field).entity(Map.class).get();
        return JSON.valueToTree(data);
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
