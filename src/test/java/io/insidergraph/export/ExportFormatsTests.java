package io.insidergraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.insidergraph.graph.Company;
import io.insidergraph.graph.Interlock;
import io.insidergraph.graph.Network;
import io.insidergraph.graph.NetworkEdge;
import io.insidergraph.graph.NetworkNode;
import io.insidergraph.graph.Person;
import io.insidergraph.graph.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every format written from the records the API answers with (Yelp's board in the samples: Max Levchin director and
 * 10 % owner, Keith Rabois director) and read back with an independent reader ({@link ReadBack}).
 */
class ExportFormatsTests {

    static final String YELP = "0001345016";
    static final String LEVCHIN = "0001539853";
    static final String RABOIS = "0001539865";
    static final String AFFIRM = "0001820953";

    static Network yelpBoard() {
        return new Network(List.of(
                new NetworkNode(YELP, YELP, "YELP INC", "Company", 0),
                new NetworkNode(LEVCHIN, LEVCHIN, "Max R Levchin", "Person", 1),
                new NetworkNode(RABOIS, RABOIS, "Keith Rabois", "Person", 1)), List.of(
                new NetworkEdge(LEVCHIN + "-DIRECTOR-" + YELP, LEVCHIN, YELP, Role.DIRECTOR,
                        LocalDate.parse("2012-03-01"), LocalDate.parse("2013-05-28"), LocalDate.parse("2013-05-28"),
                        null),
                new NetworkEdge(LEVCHIN + "-TEN_PERCENT_OWNER-" + YELP, LEVCHIN, YELP, Role.TEN_PERCENT_OWNER,
                        LocalDate.parse("2012-03-01"), LocalDate.parse("2013-05-28"), null,
                        "Chairman, \"10% owner\" & <founder>"),
                new NetworkEdge(RABOIS + "-DIRECTOR-" + YELP, RABOIS, YELP, Role.DIRECTOR,
                        LocalDate.parse("2012-03-01"), LocalDate.parse("2013-03-05"), LocalDate.parse("2013-03-05"),
                        null)), true);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aNeighbourhoodReadsBackWithEveryNodeEdgeAndValue(ExportFormat format) throws Exception {
        var back = ReadBack.read(format, write(format, NetworkExports.of("neighborhood-" + YELP, yelpBoard())));

        assertThat(back.nodes()).containsOnlyKeys(YELP, LEVCHIN, RABOIS);
        assertThat(back.nodes().get(LEVCHIN)).containsOnly(entry("label", "Max R Levchin"), entry("cik", LEVCHIN),
                entry("kind", "Person"), entry("hops", "1"));
        assertThat(back.nodes().get(YELP)).contains(entry("label", "YELP INC"), entry("hops", "0"));
        assertThat(back.edges()).containsOnlyKeys(LEVCHIN + "-DIRECTOR-" + YELP,
                LEVCHIN + "-TEN_PERCENT_OWNER-" + YELP, RABOIS + "-DIRECTOR-" + YELP);
        var owner = back.edges().get(LEVCHIN + "-TEN_PERCENT_OWNER-" + YELP);
        assertThat(owner).contains(entry("source", LEVCHIN), entry("target", YELP), entry("role", "TEN_PERCENT_OWNER"),
                entry("since", "2012-03-01"), entry("title", "Chairman, \"10% owner\" & <founder>"))
                .doesNotContainKey("until");
        assertThat(back.edges().get(RABOIS + "-DIRECTOR-" + YELP)).contains(entry("until", "2013-03-05"))
                .doesNotContainKey("title");
        if (format != ExportFormat.CSV) {
            assertThat(back.graph()).contains(entry("truncated", "true"));
        }
    }

    @Test
    void graphMlDeclaresEachAttributeWithItsType() throws Exception {
        var back = ReadBack.graphMl(write(ExportFormat.GRAPHML, NetworkExports.of("n", yelpBoard())));

        assertThat(back.declaredTypes()).containsOnly(entry("graph.truncated", "boolean"),
                entry("node.label", "string"), entry("node.cik", "string"), entry("node.kind", "string"),
                entry("node.hops", "int"), entry("edge.role", "string"), entry("edge.since", "string"),
                entry("edge.lastReported", "string"), entry("edge.until", "string"), entry("edge.title", "string"),
                entry("edgedefault", "directed"));
    }

    @Test
    void gexfIsDynamicWithEachRoleAsASpell() throws Exception {
        var file = write(ExportFormat.GEXF, NetworkExports.of("n", yelpBoard()));
        var back = ReadBack.gexf(file);

        assertThat(back.declaredTypes()).contains(entry("mode", "dynamic"), entry("timeformat", "date"),
                entry("defaultedgetype", "directed"), entry("node.hops", "integer"), entry("edge.since", "string"));
        assertThat(back.edges().get(LEVCHIN + "-DIRECTOR-" + YELP))
                .contains(entry("spells", "2012-03-01..2013-05-28"), entry("label", "DIRECTOR"));
        // an open end: the spell runs to the end of the timeline
        assertThat(back.edges().get(LEVCHIN + "-TEN_PERCENT_OWNER-" + YELP)).contains(entry("spells", "2012-03-01.."));
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<gexf xmlns=\"http://gexf.net/1.3\"");
    }

    @Test
    void jsonFormatsKeepNumbersAsNumbers() throws Exception {
        var nodeLink = ReadBack.nodeLink(write(ExportFormat.JSON, NetworkExports.of("n", yelpBoard())));
        var cytoscape = ReadBack.cytoscape(write(ExportFormat.CYJS, NetworkExports.of("n", yelpBoard())));

        for (var back : List.of(nodeLink, cytoscape)) {
            assertThat(back.declaredTypes()).contains(entry("node.hops", "number"), entry("node.kind", "string"),
                    entry("edge.since", "string"), entry("directed", "true"));
        }
    }

    @Test
    void csvIsGephisSpreadsheetLayoutWithATimeset() throws Exception {
        var back = ReadBack.spreadsheet(write(ExportFormat.CSV, NetworkExports.of("n", yelpBoard())));

        assertThat(back.edges().get(RABOIS + "-DIRECTOR-" + YELP))
                .contains(entry("Type", "Directed"), entry("Timeset", "<[2012-03-01, 2013-03-05]>"));
        assertThat(back.edges().get(LEVCHIN + "-TEN_PERCENT_OWNER-" + YELP))
                .contains(entry("Timeset", "<[2012-03-01, Infinity]>"));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void interlocksAreWeightedUndirectedCompanyEdgesListingTheSharedInsiders(ExportFormat format) throws Exception {
        var yelp = new Company(YELP, "YELP INC", "YELP", List.of("YELP"), "7370", "SERVICES-COMPUTER PROGRAMMING",
                "DE");
        var affirm = new Company(AFFIRM, "Affirm Holdings, Inc.", "AFRM", List.of("AFRM"), null, null, null);
        var interlocks = List.of(new Interlock(affirm, List.of(
                new Person(RABOIS, "Rabois Keith", "Keith Rabois", List.of()),
                new Person(LEVCHIN, "Levchin Max R", "Max R Levchin", List.of()))));

        var back = ReadBack.read(format, write(format, NetworkExports.of("interlocks", yelp, Role.DIRECTOR, interlocks)));

        assertThat(back.nodes()).containsOnlyKeys(YELP, AFFIRM);
        assertThat(back.nodes().get(YELP)).contains(entry("label", "YELP INC"), entry("ticker", "YELP"),
                entry("sic", "7370"), entry("stateOfIncorporation", "DE"));
        assertThat(back.nodes().get(AFFIRM)).doesNotContainKey("sic");
        var edge = back.edges().get(YELP + "-DIRECTOR-" + AFFIRM);
        assertThat(edge).contains(entry("source", YELP), entry("target", AFFIRM), entry("role", "DIRECTOR"),
                entry("weight", "2.0"));
        var names = format == ExportFormat.GEXF ? "[Keith Rabois, Max R Levchin]" : "Keith Rabois; Max R Levchin";
        var ciks = format == ExportFormat.GEXF ? "[" + RABOIS + ", " + LEVCHIN + "]" : RABOIS + "; " + LEVCHIN;
        assertThat(edge).contains(entry("sharedInsiderNames", names), entry("sharedInsiders", ciks));
    }

    @Test
    void gexfQuotesListItemsThatHoldCommas() throws Exception {
        var yelp = new Company(YELP, "YELP INC", null, List.of(), null, null, null);
        var affirm = new Company(AFFIRM, "Affirm Holdings, Inc.", null, List.of(), null, null, null);
        var insider = new Company("0000000001", "Fund, L.P.", null, List.of(), null, null, null);
        var back = ReadBack.gexf(write(ExportFormat.GEXF, NetworkExports.of("i", yelp, Role.DIRECTOR,
                List.of(new Interlock(affirm, List.of(insider))))));

        assertThat(back.edges().get(YELP + "-DIRECTOR-" + AFFIRM)).contains(entry("sharedInsiderNames", "['Fund, L.P.']"));
    }

    static byte[] write(ExportFormat format, NetworkExport network) throws Exception {
        var out = new ByteArrayOutputStream();
        format.write(network, out);
        return out.toByteArray();
    }
}
