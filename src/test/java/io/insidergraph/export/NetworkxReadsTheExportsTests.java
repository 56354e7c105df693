package io.insidergraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import io.insidergraph.graph.Person;
import io.insidergraph.network.ProjectedEdge;
import io.insidergraph.network.ProjectedNetwork;
import io.insidergraph.network.ProjectedNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What NetworkX 3.6.1 reads from each format, without needing Python here: the files in
 * {@code src/test/resources/export/networkx} are what the writers write today (checked byte for byte, so a change
 * of the writers must regenerate them), and beside each is NetworkX's reading of it
 * ({@code read_with_networkx.py FORMAT FILE}, committed as {@code FILE.networkx.json}). Each reading holds every
 * node, edge and value written out below. To regenerate after a writer changes: run this test, copy
 * {@code target/export-networkx/*} over that folder, and run {@code python3 src/test/resources/export/
 * read_with_networkx.py --all src/test/resources/export/networkx}.
 */
class NetworkxReadsTheExportsTests {

    private static final Path COMMITTED = Path.of("src/test/resources/export/networkx");
    private static final Path WRITTEN = Path.of("target/export-networkx");

    static final String YELP = ExportFormatsTests.YELP;
    static final String LEVCHIN = ExportFormatsTests.LEVCHIN;
    static final String AFFIRM = ExportFormatsTests.AFFIRM;
    static final String YAHOO = "0001011006";

    /**
     * A board network of three companies, Max Levchin on each board; the metrics are NetworkX 3.6.1's for that path
     * (pagerank, eigenvector_centrality with weight, closeness_centrality, betweenness_centrality).
     */
    static ProjectedNetwork boards() {
        var levchin = new Person(LEVCHIN, "Levchin Max R", "Max R Levchin", List.of("Levchin Max R"));
        return new ProjectedNetwork(List.of(
                new ProjectedNode(YELP, "YELP INC", "Company", 2, 2, 1.0, 1.0, 0.48648582432442095,
                        0.707106690085642, 0.0, 1, 0),
                new ProjectedNode(AFFIRM, "Affirm Holdings, Inc.", "Company", 1, 1, 0.0, 0.6666666666666666,
                        0.25675708783778944, 0.5000000644180599, 0.0, 1, 0),
                new ProjectedNode(YAHOO, "YAHOO INC", "Company", 1, 1, 0.0, 0.6666666666666666, 0.25675708783778944,
                        0.5000000644180599, 0.0, 1, 0)), List.of(
                new ProjectedEdge(YAHOO + "-" + YELP, YAHOO, YELP, 1, List.of(levchin)),
                new ProjectedEdge(YELP + "-" + AFFIRM, YELP, AFFIRM, 1, List.of(levchin))), 0.0, 1, false);
    }

    static Stream<Arguments> files() {
        return Arrays.stream(ExportFormat.values()).flatMap(format -> Stream.of(
                Arguments.of("neighborhood-" + YELP, format),
                Arguments.of("board-network-director", format)));
    }

    static NetworkExport network(String name) {
        return name.startsWith("board") ? NetworkExports.boardNetwork(name, boards())
                : NetworkExports.of(name, ExportFormatsTests.yelpBoard());
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("files")
    void networkxReadsEveryNodeEdgeAndValue(String name, ExportFormat format) throws Exception {
        var file = format.fileName(name);
        var written = ExportFormatsTests.write(format, network(name));
        Files.createDirectories(WRITTEN);
        Files.write(WRITTEN.resolve(file), written);
        var committed = COMMITTED.resolve(file);
        if (!Files.exists(committed) || !sameContent(format, written, Files.readAllBytes(committed))) {
            fail(committed + " is not what the writer writes now (" + WRITTEN.resolve(file) + "): regenerate as "
                    + NetworkxReadsTheExportsTests.class.getSimpleName() + "'s comment says");
        }

        var read = JsonMapper.shared().readTree(COMMITTED.resolve(file + ".networkx.json").toFile());

        if (name.startsWith("board")) {
            assertBoards(read, format);
        }
        else {
            assertYelpBoard(read, format);
        }
    }

    private static void assertYelpBoard(JsonNode read, ExportFormat format) {
        assertThat(read.path("directed").asBoolean()).isTrue();
        assertThat(read.path("multigraph").asBoolean()).isTrue();
        assertThat(names(read.path("nodes"))).containsExactlyInAnyOrder(YELP, LEVCHIN, ExportFormatsTests.RABOIS);
        assertThat(values(read.path("nodes").path(LEVCHIN))).containsAllEntriesOf(Map.of("label", "Max R Levchin",
                "cik", LEVCHIN, "kind", "Person", "hops", "1"));
        assertThat(names(read.path("edges"))).containsExactlyInAnyOrder(LEVCHIN + "-DIRECTOR-" + YELP,
                LEVCHIN + "-TEN_PERCENT_OWNER-" + YELP, ExportFormatsTests.RABOIS + "-DIRECTOR-" + YELP);
        var owner = values(read.path("edges").path(LEVCHIN + "-TEN_PERCENT_OWNER-" + YELP));
        assertThat(owner).containsAllEntriesOf(Map.of("source", LEVCHIN, "target", YELP, "role", "TEN_PERCENT_OWNER",
                "since", "2012-03-01", "title", "Chairman, \"10% owner\" & <founder>"));
        assertThat(owner).doesNotContainKey("until");
        assertThat(values(read.path("edges").path(ExportFormatsTests.RABOIS + "-DIRECTOR-" + YELP)))
                .containsEntry("until", "2013-03-05");
        if (hasGraphValues(format)) {
            assertThat(values(read.path("graph"))).containsEntry("truncated", "true");
        }
    }

    private static void assertBoards(JsonNode read, ExportFormat format) {
        assertThat(read.path("directed").asBoolean()).isFalse();
        assertThat(names(read.path("nodes"))).containsExactlyInAnyOrder(YELP, AFFIRM, YAHOO);
        var yelp = values(read.path("nodes").path(YELP));
        assertThat(yelp).containsAllEntriesOf(Map.of("label", "YELP INC", "kind", "Company", "degree", "2",
                "weightedDegree", "2", "coreNumber", "1", "community", "0"));
        assertThat(Double.parseDouble(yelp.get("betweenness"))).isEqualTo(1.0);
        assertThat(Double.parseDouble(yelp.get("pageRank"))).isEqualTo(0.48648582432442095);
        assertThat(Double.parseDouble(yelp.get("eigenvector"))).isEqualTo(0.707106690085642);
        assertThat(Double.parseDouble(values(read.path("nodes").path(AFFIRM)).get("closeness")))
                .isEqualTo(0.6666666666666666);
        assertThat(names(read.path("edges"))).containsExactlyInAnyOrder(YAHOO + "-" + YELP, YELP + "-" + AFFIRM);
        var edge = values(read.path("edges").path(YELP + "-" + AFFIRM));
        // GEXF's liststring reaches NetworkX as its text, "[a, b]"; the others join a list's items with "; "
        var list = format == ExportFormat.GEXF ? "[%s]" : "%s";
        assertThat(edge).containsEntry("sharedInsiders", list.formatted(LEVCHIN))
                .containsEntry("sharedInsiderNames", list.formatted("Max R Levchin"));
        // Gephi's spreadsheet names the column Weight
        assertThat(Double.parseDouble(edge.getOrDefault("weight", edge.get("Weight")))).isEqualTo(1.0);
        assertThat(List.of(edge.get("source"), edge.get("target"))).containsExactlyInAnyOrder(YELP, AFFIRM);
        if (hasGraphValues(format)) {
            assertThat(values(read.path("graph"))).containsEntry("communities", "1").containsEntry("truncated",
                    "false");
            assertThat(Double.parseDouble(values(read.path("graph")).get("modularity"))).isEqualTo(0.0);
        }
    }

    /**
     * Whether NetworkX reads the network's own values (truncated, modularity): GraphML's graph data and the JSON
     * formats' graph object; GEXF has no graph attributes it reads (they are written as GEXF's meta description) and
     * Gephi's spreadsheet has no place for them.
     */
    private static boolean hasGraphValues(ExportFormat format) {
        return format != ExportFormat.GEXF && format != ExportFormat.CSV;
    }

    private static List<String> names(JsonNode object) {
        return object.propertyNames().stream().toList();
    }

    private static Map<String, String> values(JsonNode object) {
        var values = new TreeMap<String, String>();
        object.properties().forEach(field -> values.put(field.getKey(), field.getValue().asString()));
        return values;
    }

    /** The same bytes; for the zip, the same entries with the same bytes (a zip's entry times are the clock's). */
    private static boolean sameContent(ExportFormat format, byte[] written, byte[] committed) throws Exception {
        return format == ExportFormat.CSV ? unzip(written).equals(unzip(committed))
                : Arrays.equals(written, committed);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        var entries = new TreeMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
