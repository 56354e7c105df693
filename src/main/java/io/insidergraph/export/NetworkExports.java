package io.insidergraph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.insidergraph.graph.Company;
import io.insidergraph.graph.Entity;
import io.insidergraph.graph.Interlock;
import io.insidergraph.graph.Network;
import io.insidergraph.graph.NetworkEdge;
import io.insidergraph.graph.NetworkNode;
import io.insidergraph.graph.NetworkPath;
import io.insidergraph.graph.Person;
import io.insidergraph.graph.Role;
import io.insidergraph.network.ProjectedNetwork;
import org.jspecify.annotations.Nullable;

/**
 * One adapter per network the API draws, from the records its GraphQL field answers with to a {@link NetworkExport}
 * whose attributes are that GraphQL type's fields (id, source and target are each format's own fields).
 */
public final class NetworkExports {

    /** NetworkNode's fields besides id and label. */
    static final List<Attribute> NODE = List.of(Attribute.string("cik"), Attribute.string("kind"),
            Attribute.integer("hops"));

    /** NetworkEdge's fields besides id, source and target. */
    static final List<Attribute> EDGE = List.of(Attribute.string("role"), Attribute.date("since"),
            Attribute.date("lastReported"), Attribute.date("until"), Attribute.string("title"));

    private NetworkExports() {
    }

    /** A neighbourhood, or a subgraph (no hops), as {@code neighborhood} and {@code subgraph} answer it. */
    public static NetworkExport of(String name, Network network) {
        return roleNetwork(name, List.of(Attribute.bool("truncated")), Map.of("truncated", network.truncated()),
                network.nodes().stream(), network.edges().stream());
    }

    /** A shortest path; each node's hops is its place on the path. */
    public static NetworkExport of(String name, NetworkPath path) {
        return roleNetwork(name, List.of(Attribute.integer("length")), Map.of("length", path.length()),
                path.nodes().stream(), path.edges().stream());
    }

    /**
     * A company's interlocks: the company and each company it shares insiders with, joined by an edge whose weight
     * is how many insiders they share, with their CIKs and names ({@code Interlock.sharedInsiders}).
     */
    public static NetworkExport of(String name, Company company, Role role, List<Interlock> interlocks) {
        var nodes = new ArrayList<ExportNode>();
        nodes.add(companyNode(company));
        var edges = new ArrayList<ExportEdge>();
        for (var interlock : interlocks) {
            var other = interlock.company();
            nodes.add(companyNode(other));
            var values = new LinkedHashMap<String, @Nullable Object>();
            values.put("role", role.name());
            values.put("sharedInsiders", interlock.sharedInsiders().stream().map(Entity::cik).toList());
            values.put("sharedInsiderNames", interlock.sharedInsiders().stream().map(NetworkExports::label).toList());
            edges.add(new ExportEdge(company.cik() + "-" + role.name() + "-" + other.cik(), company.cik(), other.cik(),
                    role.name(), (double) interlock.sharedInsiders().size(), values, List.of()));
        }
        return new NetworkExport(name, false, true, false, List.of(), Map.of(), COMPANY,
                List.of(Attribute.string("role"), Attribute.strings("sharedInsiders"),
                        Attribute.strings("sharedInsiderNames")),
                nodes.stream(), edges.stream());
    }

    /** CentralityNode's fields besides id and label: the node's kind and its metrics in the network. */
    static final List<Attribute> CENTRALITY = List.of(Attribute.string("cik"), Attribute.string("kind"),
            Attribute.integer("degree"), Attribute.integer("weightedDegree"), Attribute.decimal("betweenness"),
            Attribute.decimal("closeness"), Attribute.decimal("pageRank"), Attribute.decimal("eigenvector"),
            Attribute.decimal("clustering"), Attribute.integer("coreNumber"), Attribute.integer("community"));

    /**
     * A board network ({@code boardNetwork}) or an insider network ({@code insiderNetwork}): undirected edges
     * weighted by how many partners the two nodes share, listed by CIK and name ({@code sharedInsiders} or
     * {@code sharedCompanies}), every node with its metrics, and the network's modularity, communities and
     * truncated.
     */
    public static NetworkExport boardNetwork(String name, ProjectedNetwork network) {
        return projected(name, network, "sharedInsiders", "sharedInsiderNames");
    }

    /** An insider network: see {@link #boardNetwork}; edges list the companies the two insiders share. */
    public static NetworkExport insiderNetwork(String name, ProjectedNetwork network) {
        return projected(name, network, "sharedCompanies", "sharedCompanyNames");
    }

    private static NetworkExport projected(String name, ProjectedNetwork network, String shared, String sharedNames) {
        var nodes = network.nodes().stream().map(node -> {
            var values = new LinkedHashMap<String, @Nullable Object>();
            values.put("cik", node.id());
            values.put("kind", node.kind());
            values.put("degree", node.degree());
            values.put("weightedDegree", Math.toIntExact(node.weightedDegree()));
            values.put("betweenness", node.betweenness());
            values.put("closeness", node.closeness());
            values.put("pageRank", node.pageRank());
            values.put("eigenvector", node.eigenvector());
            values.put("clustering", node.clustering());
            values.put("coreNumber", node.coreNumber());
            values.put("community", node.community());
            return new ExportNode(node.id(), node.label(), values, List.<Spell>of());
        });
        var edges = network.edges().stream().map(edge -> {
            var values = new LinkedHashMap<String, @Nullable Object>();
            values.put(shared, edge.shared().stream().map(Entity::cik).toList());
            values.put(sharedNames, edge.shared().stream().map(NetworkExports::label).toList());
            return new ExportEdge(edge.id(), edge.source(), edge.target(), String.valueOf(edge.weight()),
                    (double) edge.weight(), values, List.<Spell>of());
        });
        var graphValues = new LinkedHashMap<String, @Nullable Object>();
        graphValues.put("modularity", network.modularity());
        graphValues.put("communities", network.communities());
        graphValues.put("truncated", network.truncated());
        return new NetworkExport(name, false, true, false, List.of(Attribute.decimal("modularity"),
                Attribute.integer("communities"), Attribute.bool("truncated")), graphValues, CENTRALITY,
                List.of(Attribute.strings(shared), Attribute.strings(sharedNames)),
                nodes, edges);
    }

    /** A company's fields as the GraphQL Company type names them. */
    static final List<Attribute> COMPANY = List.of(Attribute.string("cik"), Attribute.string("kind"),
            Attribute.string("ticker"), Attribute.strings("tickers"), Attribute.string("sic"),
            Attribute.string("sicDescription"), Attribute.string("stateOfIncorporation"));

    /**
     * A role network streamed from elsewhere (the whole graph's, read from a cursor): nodes and edges as the
     * neighbourhood has them, without hops.
     */
    public static NetworkExport roleNetwork(String name, Stream<NetworkNode> nodes, Stream<NetworkEdge> edges) {
        return roleNetwork(name, List.of(), Map.of(), nodes, edges);
    }

    private static NetworkExport roleNetwork(String name, List<Attribute> graphAttributes,
            Map<String, @Nullable Object> graphValues, Stream<NetworkNode> nodes, Stream<NetworkEdge> edges) {
        return new NetworkExport(name, true, false, true, graphAttributes, graphValues, NODE, EDGE,
                nodes.map(NetworkExports::node), edges.map(NetworkExports::edge));
    }

    static ExportNode node(NetworkNode node) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        values.put("cik", node.cik());
        values.put("kind", node.kind());
        values.put("hops", node.hops());
        return new ExportNode(node.id(), node.label(), values, List.of());
    }

    /** One role spell: since to its end (open while the role may still be held), as the edge's one GEXF spell. */
    static ExportEdge edge(NetworkEdge edge) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        values.put("role", edge.role().name());
        values.put("since", edge.since());
        values.put("lastReported", edge.lastReported());
        values.put("until", edge.until());
        values.put("title", edge.title());
        var spells = edge.since() == null && edge.until() == null ? List.<Spell>of()
                : List.of(new Spell(edge.since(), edge.until()));
        return new ExportEdge(edge.id(), edge.source(), edge.target(), edge.role().name(), null, values, spells);
    }

    private static ExportNode companyNode(Company company) {
        var values = new LinkedHashMap<String, @Nullable Object>();
        values.put("cik", company.cik());
        values.put("kind", "Company");
        values.put("ticker", company.ticker());
        values.put("tickers", company.tickers());
        values.put("sic", company.sic());
        values.put("sicDescription", company.sicDescription());
        values.put("stateOfIncorporation", company.stateOfIncorporation());
        return new ExportNode(company.cik(), company.name(), values, List.of());
    }

    private static String label(Entity entity) {
        return switch (entity) {
            case Person person -> person.displayName();
            case Company company -> company.name();
        };
    }
}
