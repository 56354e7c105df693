package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Who holds which role where: positions of insiders, insiders of companies, and insiders who share a company. */
@Component
public class RosterQueries {

    private static final String POSITIONS = CypherResources.load("queries/positions.cypher");
    private static final String INSIDERS = CypherResources.load("queries/insiders.cypher");
    private static final String CO_INSIDERS = CypherResources.load("queries/co-insiders.cypher");
    private static final String BUSY = CypherResources.load("queries/busy-insiders.cypher");

    private final GraphReads reads;

    RosterQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The positions (spells) of each owner CIK, optionally only those held on the tenure's {@code asOf}. */
    public Map<String, List<Position>> positions(Collection<String> ownerCiks, Tenure tenure) {
        var params = tenure.parameters();
        params.put("ciks", List.copyOf(ownerCiks));
        return grouped(POSITIONS, params, tenure);
    }

    /** The insiders of each company CIK in {@code roles} (all when empty), optionally only those in office on asOf. */
    public Map<String, List<Position>> insiders(Collection<String> companyCiks, Collection<Role> roles,
            Tenure tenure) {
        var params = tenure.parameters();
        params.put("ciks", List.copyOf(companyCiks));
        params.put("types", Role.types(roles));
        return grouped(INSIDERS, params, tenure);
    }

    /** For each insider CIK, the other insiders of their companies with the companies they share. */
    public Map<String, List<CoInsider>> coInsiders(Collection<String> ciks, Collection<Role> roles, Tenure tenure) {
        var params = tenure.parameters();
        params.put("ciks", List.copyOf(ciks));
        params.put("types", Role.types(roles));
        return reads.read(CO_INSIDERS, params, result -> {
            var groups = new LinkedHashMap<String, List<CoInsider>>();
            result.forEachRemaining(row -> groups.computeIfAbsent(row.get("cik").asString(), k -> new ArrayList<>())
                    .add(new CoInsider(Props.entity(row.get("q")), row.get("companies").asList(Props::company))));
            return groups;
        });
    }

    /**
     * Insiders holding {@code role} at {@code minCompanies} companies or more (the spells the tenure counts), most
     * companies first, at most {@code first}.
     */
    public List<BusyInsider> busyInsiders(Role role, Tenure tenure, int minCompanies, int first) {
        var params = tenure.parameters();
        params.put("type", role.relationshipType());
        params.put("minCompanies", minCompanies);
        params.put("first", first);
        return reads.read(BUSY, params, result -> result.list(row -> new BusyInsider(Props.entity(row.get("p")),
                row.get("companies").asList(Props::company))));
    }

    private Map<String, List<Position>> grouped(String statement, Map<String, @Nullable Object> params,
            Tenure tenure) {
        return reads.read(statement, params, result -> {
            var groups = new LinkedHashMap<String, List<Position>>();
            result.forEachRemaining(row -> groups.computeIfAbsent(row.get("cik").asString(), k -> new ArrayList<>())
                    .add(position(row, tenure)));
            return groups;
        });
    }

    private static Position position(Record row, Tenure tenure) {
        var edge = row.get("r").asRelationship();
        var lastReported = Props.date(edge, "lastReported");
        return new Position(Props.entity(row.get("o")), Props.company(row.get("c")),
                Role.ofRelationshipType(row.get("type").asString()), Props.string(edge, "title"),
                Props.date(edge, "since"), lastReported,
                tenure.until(Props.date(edge, "until"), lastReported, Props.date(row, "newest")),
                edge.get("filings").asInt(0));
    }
}
