package io.insidergraph.graph;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A role edge for drawing, from the insider (source) to the company (target); id is unique in a network. */
public record NetworkEdge(String id, String source, String target, Role role, @Nullable LocalDate since,
        @Nullable LocalDate until, @Nullable String title) {

    /** From a map {source, target, type, since, until, title} built by the statements. */
    static NetworkEdge of(Value map) {
        var source = map.get("source").asString();
        var target = map.get("target").asString();
        var role = Role.ofRelationshipType(map.get("type").asString());
        return new NetworkEdge(source + "-" + role.name() + "-" + target, source, target, role,
                Props.date(map, "since"), Props.date(map, "until"), Props.string(map, "title"));
    }
}
