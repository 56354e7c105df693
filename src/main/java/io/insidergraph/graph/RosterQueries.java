package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Who holds which role where: positions of insiders, insiders of companies, and insiders who share a company. */
@Component
public class RosterQueries {

    private static final String POSITIONS = CypherResources.load("queries/positions.cypher");
    private static final String INSIDERS = CypherResources.load("queries/insiders.cypher");
    private static final String CO_INSIDERS = CypherResources.load("queries/co-insiders.cypher");

    private final GraphReads reads;

    RosterQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The positions of each owner CIK, optionally only those held on {@code asOf}. */
    public Map<String, List<Position>> positions(Collection<String> ownerCiks, @Nullable LocalDate asOf) {
        return grouped(POSITIONS, Props.of("ciks", List.copyOf(ownerCiks), "asOf", asOf));
    }

    /** The insiders of each company CIK in {@code roles} (all when empty), optionally only those in office on asOf. */
    public Map<String, List<Position>> insiders(Collection<String> companyCiks, Collection<Role> roles,
            @Nullable LocalDate asOf) {
        return grouped(INSIDERS, Props.of("ciks", List.copyOf(companyCiks), "types", Role.types(roles), "asOf", asOf));
    }

    /** For each insider CIK, the other insiders of their companies with the companies they share. */
    public Map<String, List<CoInsider>> coInsiders(Collection<String> ciks, Collection<Role> roles,
            @Nullable LocalDate asOf) {
        var params = Props.of("ciks", List.copyOf(ciks), "types", Role.types(roles), "asOf", asOf);
        return reads.read(CO_INSIDERS, params, result -> {
            var groups = new LinkedHashMap<String, List<CoInsider>>();
            result.forEachRemaining(row -> groups.computeIfAbsent(row.get("cik").asString(), k -> new ArrayList<>())
                    .add(new CoInsider(Props.entity(row.get("q")), row.get("companies").asList(Props::company))));
            return groups;
        });
    }

    private Map<String, List<Position>> grouped(String statement, Map<String, @Nullable Object> params) {
        return reads.read(statement, params, result -> {
            var groups = new LinkedHashMap<String, List<Position>>();
            result.forEachRemaining(row -> groups.computeIfAbsent(row.get("cik").asString(), k -> new ArrayList<>())
                    .add(position(row)));
            return groups;
        });
    }

    private static Position position(Record row) {
        Value r = row.get("r");
        var edge = r.asRelationship();
        return new Position(Props.entity(row.get("o")), Props.company(row.get("c")),
                Role.ofRelationshipType(row.get("type").asString()), Props.string(edge, "title"),
                Props.date(edge, "since"), Props.date(edge, "until"), edge.get("filings").asInt(0));
    }
}
