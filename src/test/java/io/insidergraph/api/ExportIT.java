package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.insidergraph.export.ExportFormat;
import io.insidergraph.export.ReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /export/{network}.{format}} over the samples: each file, read back with an independent reader (and
 * with NetworkX where python3 has it), holds exactly the nodes, edges and values the GraphQL field answers with the
 * same arguments.
 */
class ExportIT extends ApiTestBase {

    static final String NETWORK_FIELDS =
            "nodes { id cik label kind hops } edges { id source target role since lastReported until title }";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void teslasNeighbourhood(ExportFormat format) throws Exception {
        var answer = graphQl("{ neighborhood(cik: \"" + TESLA + "\", hops: 2) { truncated " + NETWORK_FIELDS + " } }")
                .path("neighborhood");
        assertThat(ids(answer.path("nodes"))).containsExactly(TESLA, MUSK, "0001408356", "0001766363");

        var file = get("/export/neighborhood." + format.extension() + "?cik=1318605&hops=2", format,
                "neighborhood-" + TESLA);

        assertHolds(format, file, answer);
        assertThat(ReadBack.read(format, file).graph()).containsAllEntriesOf(format == ExportFormat.CSV ? Map.of()
                : Map.of("truncated", "false"));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void teslasBoardAtTheEndOf2022(ExportFormat format) throws Exception {
        var answer = graphQl("{ neighborhood(cik: \"" + TESLA + "\", hops: 2, asOf: \"2022-12-31\", roles: [DIRECTOR]) { "
                + NETWORK_FIELDS + " } }").path("neighborhood");

        var file = get("/export/neighborhood." + format.extension()
                + "?cik=0001318605&hops=2&asOf=2022-12-31&roles=DIRECTOR", format, "neighborhood-" + TESLA + "-2022-12-31");

        assertHolds(format, file, answer);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theShortestPathFromBothaToRumble(ExportFormat format) throws Exception {
        var answer = graphQl("{ shortestPath(fromCik: \"" + BOTHA + "\", toCik: \"" + RUMBLE + "\") { length "
                + NETWORK_FIELDS + " } }").path("shortestPath");

        var file = get("/export/shortest-path." + format.extension() + "?fromCik=" + BOTHA + "&toCik=" + RUMBLE,
                format, "shortest-path-" + BOTHA + "-" + RUMBLE);

        assertHolds(format, file, answer);
        assertThat(ReadBack.read(format, file).edges()).hasSize(3);
        if (format != ExportFormat.CSV) {
            assertThat(ReadBack.read(format, file).graph()).containsEntry("length", "3");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void yelpsDirectorInterlocks(ExportFormat format) throws Exception {
        var answer = graphQl("{ company(cik: \"" + YELP + "\") { cik name ticker sic }"
                + " interlocks(cik: \"" + YELP + "\") { company { cik name ticker } sharedInsiders { cik } } }");

        var back = ReadBack.read(format, get("/export/interlocks." + format.extension() + "?cik=" + YELP, format,
                "interlocks-director-" + YELP));

        assertThat(back.nodes()).containsOnlyKeys(YELP, AFFIRM, YAHOO);
        assertThat(back.nodes().get(YELP)).containsEntry("label", answer.path("company").path("name").asString());
        for (var interlock : answer.path("interlocks")) {
            var other = interlock.path("company").path("cik").asString();
            var edge = back.edges().get(YELP + "-DIRECTOR-" + other);
            assertThat(edge).containsEntry("source", YELP).containsEntry("target", other)
                    .containsEntry("weight", interlock.path("sharedInsiders").size() + ".0")
                    .containsEntry("role", "DIRECTOR");
            assertThat(back.nodes().get(other)).containsEntry("label", interlock.path("company").path("name").asString());
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theBoardNetworkWithEveryNodesMetrics(ExportFormat format) throws Exception {
        var answer = graphQl("{ boardNetwork(role: DIRECTOR, asOf: \"2021-12-31\") { modularity communities truncated"
                + " nodes { " + METRICS + " } edges { id source target weight sharedInsiders { cik } } } }")
                .path("boardNetwork");
        assertThat(answer.path("edges").size()).isGreaterThan(0);

        var back = ReadBack.read(format, get("/export/board-network." + format.extension()
                + "?role=DIRECTOR&asOf=2021-12-31", format, "board-network-director-2021-12-31"));

        assertProjected(back, answer, "sharedInsiders");
        if (format != ExportFormat.CSV) {
            assertThat(Double.parseDouble(back.graph().get("modularity")))
                    .isCloseTo(answer.path("modularity").asDouble(), within(1e-12));
            assertThat(back.graph()).containsEntry("communities", answer.path("communities").asString());
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theInsiderNetworkWithTheCompaniesEachPairShares(ExportFormat format) throws Exception {
        var answer = graphQl("{ insiderNetwork(role: DIRECTOR) { nodes { " + METRICS + " }"
                + " edges { id source target weight sharedCompanies { cik } } } }").path("insiderNetwork");

        var back = ReadBack.read(format, get("/export/insider-network." + format.extension(), format,
                "insider-network-director"));

        assertProjected(back, answer, "sharedCompanies");
    }

    static final String METRICS = "id cik label kind degree weightedDegree betweenness closeness pageRank eigenvector"
            + " clustering coreNumber community";

    /** Every node with every metric (numbers compared as numbers), every edge with its weight and shared partners. */
    private static void assertProjected(ReadBack back, JsonNode answer, String shared) {
        assertThat(back.nodes().keySet()).containsExactlyInAnyOrderElementsOf(ids(answer.path("nodes")));
        assertThat(back.edges().keySet()).containsExactlyInAnyOrderElementsOf(ids(answer.path("edges")));
        for (var node : answer.path("nodes")) {
            var read = back.nodes().get(node.path("id").asString());
            for (var field : node.properties()) {
                if (field.getKey().equals("id")) {
                    continue;
                }
                if (field.getValue().isNumber()) {
                    assertThat(Double.parseDouble(read.get(field.getKey()))).as(field.getKey())
                            .isCloseTo(field.getValue().asDouble(), within(1e-12));
                }
                else {
                    assertThat(read).containsEntry(field.getKey(), field.getValue().asString());
                }
            }
        }
        for (var edge : answer.path("edges")) {
            var read = back.edges().get(edge.path("id").asString());
            assertThat(read).containsEntry("source", edge.path("source").asString())
                    .containsEntry("target", edge.path("target").asString());
            assertThat(Double.parseDouble(read.get("weight"))).isEqualTo(edge.path("weight").asDouble());
            var ciks = edge.path(shared).valueStream().map(partner -> partner.path("cik").asString()).toList();
            assertThat(read.get(shared)).isIn(String.join("; ", ciks), "[" + String.join(", ", ciks) + "]");
        }
    }

    @Test
    void aSubgraphOfANeighbourhoodsNodesIsThatNeighbourhood() throws Exception {
        var neighbourhood = graphQl("{ neighborhood(cik: \"" + YELP + "\", hops: 2) { " + NETWORK_FIELDS + " } }")
                .path("neighborhood");
        var ciks = neighbourhood.path("nodes").valueStream().map(node -> "\"" + node.path("id").asString() + "\"")
                .toList();

        var subgraph = graphQl("{ subgraph(ciks: " + ciks + ") { truncated " + NETWORK_FIELDS + " } }")
                .path("subgraph");

        assertThat(ids(subgraph.path("nodes"))).containsExactlyInAnyOrderElementsOf(ids(neighbourhood.path("nodes")));
        assertThat(ids(subgraph.path("edges"))).containsExactlyElementsOf(ids(neighbourhood.path("edges")));
        assertThat(subgraph.path("nodes").valueStream().map(node -> node.path("hops").isNull())).containsOnly(true);
        // the same view posted as a form, as the explorer downloads a view too large for a URL
        var form = "ciks=" + String.join(",", ids(neighbourhood.path("nodes"))) + "&roles=&asOf=";
        var posted = HTTP.send(HttpRequest.newBuilder(uri("/export/subgraph.gexf"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertHolds(ExportFormat.GEXF, posted.body(), subgraph);
    }

    @Test
    void badArgumentsAreRefusedWithTheMessagesOfTheGraphQlField() throws Exception {
        var graphQlError = graphQlErrors("{ neighborhood(cik: \"" + TESLA + "\", hops: 9) { truncated } }");
        assertThat(graphQlError).isEqualTo("hops must be between 1 and 3 (insidergraph.limits.max-hops), was 9");

        assertProblem("/export/neighborhood.gexf?cik=" + TESLA + "&hops=9", 400, graphQlError);
        assertProblem("/export/neighborhood.gexf?cik=" + TESLA + "&asOf=yesterday", 400,
                "Cannot read argument asOf (a date like 2022-12-31): 'yesterday'");
        assertProblem("/export/neighborhood.gexf?cik=" + TESLA + "&roles=CHAIR", 400,
                "Cannot read argument roles (one of [DIRECTOR, OFFICER, TEN_PERCENT_OWNER, OTHER]): 'CHAIR'");
        assertProblem("/export/neighborhood.gexf?cik=TSLA", 400, "cik must be a CIK of 1 to 10 digits, was 'TSLA'");
        assertProblem("/export/neighborhood.gexf", 400, "Missing argument cik");
        assertProblem("/export/neighborhood.pdf?cik=" + TESLA, 404,
                "No export format 'pdf'; the formats are graphml, gexf, cyjs, json, csv");
        assertProblem("/export/interlocks.gexf?cik=1", 404, "No company with CIK 0000000001");
        assertProblem("/export/shortest-path.gexf?fromCik=" + BOTHA + "&toCik=" + RUMBLE + "&maxHops=2", 404,
                "No chain of role edges between " + BOTHA + " and " + RUMBLE + " within 2 hops");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void networkxReadsEveryFormatAsGraphQlAnswers(ExportFormat format) throws Exception {
        assumeTrue(networkx(), "python3 with networkx not found, so exports are not also read with NetworkX"
                + " (install Python 3 and `pip install networkx==3.6.1` to run this check)");
        var answer = graphQl("{ neighborhood(cik: \"" + YELP + "\", hops: 2) { truncated " + NETWORK_FIELDS + " } }")
                .path("neighborhood");
        var file = Files.createTempFile("insidergraph-export-", "." + format.extension());
        Files.write(file, get("/export/neighborhood." + format.extension() + "?cik=" + YELP, format,
                "neighborhood-" + YELP));

        var read = JsonMapper.shared().readTree(python(format, file));

        assertThat(read.path("directed").asBoolean()).isTrue();
        assertThat(read.path("multigraph").asBoolean()).isTrue();
        assertThat(read.path("nodes").size()).isEqualTo(answer.path("nodes").size());
        assertThat(read.path("edges").size()).isEqualTo(answer.path("edges").size());
        for (var node : answer.path("nodes")) {
            assertThat(strings(read.path("nodes").path(node.path("id").asString()))).isEqualTo(expectedNode(node));
        }
        for (var edge : answer.path("edges")) {
            assertThat(withoutFormatColumns(strings(read.path("edges").path(edge.path("id").asString()))))
                    .isEqualTo(expectedEdge(edge));
        }
    }

    /** Every node and edge of the GraphQL answer, and nothing else, with every value the answer gives. */
    private static void assertHolds(ExportFormat format, byte[] file, JsonNode answer) {
        var back = ReadBack.read(format, file);
        assertThat(back.nodes().keySet()).containsExactlyInAnyOrderElementsOf(ids(answer.path("nodes")));
        assertThat(back.edges().keySet()).containsExactlyInAnyOrderElementsOf(ids(answer.path("edges")));
        for (var node : answer.path("nodes")) {
            assertThat(back.nodes().get(node.path("id").asString())).isEqualTo(expectedNode(node));
        }
        for (var edge : answer.path("edges")) {
            var read = back.edges().get(edge.path("id").asString());
            assertThat(withoutFormatColumns(read)).isEqualTo(expectedEdge(edge));
        }
    }

    private static Map<String, String> expectedNode(JsonNode node) {
        var expected = strings(node);
        expected.remove("id");
        return expected;
    }

    private static Map<String, String> expectedEdge(JsonNode edge) {
        var expected = strings(edge);
        expected.remove("id");
        return expected;
    }

    /** Drops what a format adds of its own: an edge label (the role), Gephi's Type and Timeset, GEXF's spells. */
    private static Map<String, String> withoutFormatColumns(Map<String, String> read) {
        var kept = new TreeMap<>(read);
        var label = kept.remove("label");
        var gephiLabel = kept.remove("Label");
        for (var shown : java.util.Arrays.asList(label, gephiLabel)) {
            if (shown != null) {
                assertThat(shown).isEqualTo(read.get("role"));
            }
        }
        kept.remove("Type");
        kept.remove("Timeset");
        kept.remove("spells");
        return kept;
    }

    private static Map<String, String> strings(JsonNode object) {
        var values = new TreeMap<String, String>();
        object.properties().forEach(field -> {
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asString());
            }
        });
        return values;
    }

    private static List<String> ids(JsonNode elements) {
        return elements.valueStream().map(element -> element.path("id").asString()).toList();
    }

    private JsonNode graphQl(String document) {
        var response = tester.document(document).execute();
        response.errors().verify();
        return JsonMapper.shared().valueToTree(response.<Map<String, Object>>path("").entity(Map.class).get());
    }

    private String graphQlErrors(String document) {
        var messages = new java.util.ArrayList<String>();
        tester.document(document).execute().errors().satisfy(errors -> errors.forEach(e -> messages.add(e.getMessage())));
        return String.join("; ", messages);
    }

    private byte[] get(String path, ExportFormat format, String name) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(format.mediaType()));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + format.fileName(name) + "\"");
        return response.body();
    }

    private void assertProblem(String path, int status, String detail) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JsonMapper.shared().readTree(response.body()).path("detail").asString()).isEqualTo(detail);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static boolean networkx() {
        try {
            var process = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String python(ExportFormat format, Path file) throws Exception {
        var script = Path.of(ExportIT.class.getResource("/export/read_with_networkx.py").toURI());
        var process = new ProcessBuilder("python3", script.toString(), format.extension(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

}
