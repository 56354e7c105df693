package io.insidergraph.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metrics and communities on Zachary's karate club (NetworkX's copy, weighted), a real network whose
 * communities are not its components, against NetworkX 3.6.1's defaults in
 * {@code src/test/resources/network/karate-club.json} (written by {@code expected.py}).
 */
class MetricsAndCommunitiesTests {

    private static final JsonNode KARATE = read("src/test/resources/network/karate-club.json");

    @Test
    void everyMetricOfTheKarateClubIsNetworkXsDefault() {
        var scores = Metrics.of(graph(false), new NetworkSteps(new SimpleMeterRegistry()));

        for (var name : KARATE.get("nodes").propertyNames()) {
            var want = KARATE.get("nodes").get(name);
            assertThat(scores.betweenness().get(name)).as(name + " betweenness")
                    .isCloseTo(want.get("betweenness").asDouble(), within(1e-9));
            assertThat(scores.closeness().get(name)).as(name + " closeness")
                    .isCloseTo(want.get("closeness").asDouble(), within(1e-9));
            assertThat(scores.pageRank().get(name)).as(name + " pageRank")
                    .isCloseTo(want.get("pageRank").asDouble(), within(1e-5));
            assertThat(scores.eigenvector().get(name)).as(name + " eigenvector")
                    .isCloseTo(want.get("eigenvectorConverged").asDouble(), within(1e-6));
            assertThat(scores.clustering().get(name)).as(name + " clustering")
                    .isCloseTo(want.get("clustering").asDouble(), within(1e-12));
            assertThat(scores.coreNumber().get(name)).as(name + " coreNumber").isEqualTo(want.get("coreNumber").asInt());
        }
    }

    @Test
    void leidenFindsTheBestPartitionOfFiftyLouvainRunsWithItsModularity() {
        var partition = Communities.of(graph(false));

        var communities = new HashMap<Integer, Set<String>>();
        partition.community().forEach((node, c) -> communities.computeIfAbsent(c, k -> new TreeSet<>()).add(node));
        var best = new ArrayList<Set<String>>();
        KARATE.get("louvainCommunities").forEach(c -> {
            var set = new TreeSet<String>();
            c.forEach(n -> set.add(n.asString()));
            best.add(set);
        });
        assertThat(communities.values()).containsExactlyInAnyOrderElementsOf(best);
        assertThat(partition.count()).isEqualTo(4);
        assertThat(partition.modularity()).isCloseTo(KARATE.get("louvainModularity").asDouble(), within(1e-12));
        // numbered largest first: the 12-member community is 0
        assertThat(communities.get(0)).hasSize(12);
    }

    @Test
    void theSameGraphGivesTheSameCommunitiesWhateverTheOrderOfItsEdges() {
        var forward = Communities.of(graph(false));

        assertThat(Communities.of(graph(false))).isEqualTo(forward);
        assertThat(Communities.of(graph(true))).isEqualTo(forward);
    }

    /** The karate club, nodes in name order, edges in file order or reversed. */
    private static Graph<String, DefaultWeightedEdge> graph(boolean reversed) {
        var graph = new DefaultUndirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        new TreeSet<>(KARATE.get("nodes").propertyNames()).forEach(graph::addVertex);
        var edges = new ArrayList<JsonNode>();
        KARATE.get("edges").forEach(edges::add);
        if (reversed) {
            Collections.reverse(edges);
        }
        for (var edge : edges) {
            graph.setEdgeWeight(graph.addEdge(edge.get(0).asString(), edge.get(1).asString()), edge.get(2).asDouble());
        }
        return graph;
    }

    private static JsonNode read(String file) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(Path.of(file)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
