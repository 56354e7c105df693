package io.insidergraph.filing;

import org.jspecify.annotations.Nullable;

/** One reporting owner of a filing and its relationship to the issuer, as stated in that filing. */
public record ReportingOwner(
        String cik,
        @Nullable String name,
        @Nullable Address address,
        boolean isDirector,
        boolean isOfficer,
        boolean isTenPercentOwner,
        boolean isOther,
        @Nullable String officerTitle,
        @Nullable String otherText,
        OwnerKind kind) {
}
