package io.insidergraph.graph;

import org.jspecify.annotations.Nullable;

/** A reporting owner of a filing and the relationship to the issuer as reported in that filing. */
public record FilingOwner(Entity owner, boolean isDirector, boolean isOfficer, boolean isTenPercentOwner,
        boolean isOther, @Nullable String officerTitle, @Nullable String otherText) {
}
