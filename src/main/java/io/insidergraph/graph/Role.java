package io.insidergraph.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The insider roles of the graph, each stored as its own relationship type from the insider to the company. */
public enum Role {

    DIRECTOR("DIRECTOR_OF"), OFFICER("OFFICER_OF"), TEN_PERCENT_OWNER("TEN_PERCENT_OWNER_OF"),
    OTHER("OTHER_INSIDER_OF");

    private final String relationshipType;

    Role(String relationshipType) {
        this.relationshipType = relationshipType;
    }

    public String relationshipType() {
        return relationshipType;
    }

    public static Role ofRelationshipType(String type) {
        return Arrays.stream(values()).filter(role -> role.relationshipType.equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a role relationship: " + type));
    }

    /** The relationship types of {@code roles}, or of every role when none are given. */
    static List<String> types(Collection<Role> roles) {
        return (roles.isEmpty() ? List.of(values()) : roles).stream().map(Role::relationshipType).toList();
    }
}
