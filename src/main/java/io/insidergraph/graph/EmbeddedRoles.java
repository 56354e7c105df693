package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;

/**
 * The role step of {@link EmbeddedGraphWriter} (09-roles.cypher): an owner's role edges at an issuer, one per spell
 * of {@link Spells}, recomputed from every FILED edge between them.
 */
final class EmbeddedRoles {

    private static final RelationshipType FILED = RelationshipType.withName("FILED");
    private static final RelationshipType ISSUER = RelationshipType.withName("ISSUER");

    /** A role edge type and the FILED flag that reports it; officer and other roles carry a title. */
    private record Role(RelationshipType type, String flag, @Nullable String titleProperty) {
    }

    private static final List<Role> ROLES = List.of(
            new Role(RelationshipType.withName("DIRECTOR_OF"), "isDirector", null),
            new Role(RelationshipType.withName("OFFICER_OF"), "isOfficer", "officerTitle"),
            new Role(RelationshipType.withName("TEN_PERCENT_OWNER_OF"), "isTenPercentOwner", null),
            new Role(RelationshipType.withName("OTHER_INSIDER_OF"), "isOther", "otherText"));

    private EmbeddedRoles() {
    }

    static void recompute(Node owner, Node issuer) {
        var days = new TreeMap<LocalDate, List<Relationship>>();
        for (var filed : owner.getRelationships(Direction.OUTGOING, FILED)) {
            var filing = filed.getEndNode();
            if (filing.getProperty("periodOfReport", null) instanceof LocalDate day) {
                for (var toIssuer : filing.getRelationships(Direction.OUTGOING, ISSUER)) {
                    if (toIssuer.getEndNode().equals(issuer)) {
                        days.computeIfAbsent(day, d -> new ArrayList<>()).add(filed);
                    }
                }
            }
        }
        days.values().forEach(reports -> reports.sort(
                Comparator.comparing(r -> (String) r.getEndNode().getProperty("accessionNumber"))));
        for (var role : ROLES) {
            for (var old : between(owner, issuer, role.type())) {
                old.delete();
            }
            for (var spell : Spells.of(tally(days, role))) {
                var edge = owner.createRelationshipTo(issuer, role.type());
                edge.setProperty("since", spell.since());
                edge.setProperty("lastReported", spell.lastReported());
                if (spell.until() != null) {
                    edge.setProperty("until", spell.until());
                }
                edge.setProperty("filings", spell.filings());
                if (spell.title() != null) {
                    edge.setProperty("title", spell.title());
                }
            }
        }
    }

    /** Per day, how many filings report the role and the latest title they give. */
    private static List<Spells.Day> tally(Map<LocalDate, List<Relationship>> days, Role role) {
        var tally = new ArrayList<Spells.Day>(days.size());
        days.forEach((day, reports) -> {
            long reporting = 0;
            String title = null;
            for (var filed : reports) {
                if (Boolean.TRUE.equals(filed.getProperty(role.flag(), false))) {
                    reporting++;
                    if (role.titleProperty() != null && filed.getProperty(role.titleProperty(), null)
                            instanceof String text) {
                        title = text;
                    }
                }
            }
            tally.add(new Spells.Day(day, reporting, title));
        });
        return tally;
    }

    /** The relationships of a type from one node to another, searched from whichever end has fewer of them. */
    private static List<Relationship> between(Node from, Node to, RelationshipType type) {
        boolean fromSide = from.getDegree(type, Direction.OUTGOING) <= to.getDegree(type, Direction.INCOMING);
        var found = new ArrayList<Relationship>();
        for (var relationship : fromSide ? from.getRelationships(Direction.OUTGOING, type)
                : to.getRelationships(Direction.INCOMING, type)) {
            if ((fromSide ? relationship.getEndNode() : relationship.getStartNode()).equals(fromSide ? to : from)) {
                found.add(relationship);
            }
        }
        return found;
    }
}
