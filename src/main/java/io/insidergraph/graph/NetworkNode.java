package io.insidergraph.graph;

import org.jspecify.annotations.Nullable;

/** A node for drawing: id and cik are the CIK, label the display name, kind "Person" or "Company". */
public record NetworkNode(String id, String cik, String label, String kind, @Nullable Integer hops) {

    static NetworkNode of(Entity entity, @Nullable Integer hops) {
        return switch (entity) {
            case Person person -> new NetworkNode(person.cik(), person.cik(), person.displayName(), "Person", hops);
            case Company company -> new NetworkNode(company.cik(), company.cik(), company.name(), "Company", hops);
        };
    }
}
