package io.insidergraph.graph;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A role edge (one spell) for drawing, from the insider (source) to the company (target); id is unique in a network:
 * {@code source-ROLE-target}, with {@code @since} added for every spell but the first of the same role.
 */
public record NetworkEdge(String id, String source, String target, Role role, @Nullable LocalDate since,
        @Nullable LocalDate lastReported, @Nullable LocalDate until, @Nullable String title) {

    /** From a map {source, target, type, since, lastReported, until, title} built by the statements. */
    static NetworkEdge of(Value map, Tenure tenure, @Nullable LocalDate newest) {
        var source = map.get("source").asString();
        var target = map.get("target").asString();
        var role = Role.ofRelationshipType(map.get("type").asString());
        var lastReported = Props.date(map, "lastReported");
        return new NetworkEdge(source + "-" + role.name() + "-" + target, source, target, role,
                Props.date(map, "since"), lastReported, tenure.until(Props.date(map, "until"), lastReported, newest),
                Props.string(map, "title"));
    }

    /** The same edge with another id. */
    NetworkEdge withId(String newId) {
        return new NetworkEdge(newId, source, target, role, since, lastReported, until, title);
    }
}
