package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A Table I or II row that reports a holding. */
public record HoldingNode(String id, String accessionNumber, boolean derivative, String securityTitle,
        @Nullable Double sharesOwnedFollowing, @Nullable Double valueOwnedFollowing, @Nullable String directOrIndirect,
        @Nullable String natureOfOwnership, @Nullable Double conversionOrExercisePrice, @Nullable LocalDate exerciseDate,
        @Nullable LocalDate expirationDate, @Nullable String underlyingSecurityTitle,
        @Nullable Double underlyingSecurityShares, List<String> footnoteIds) {

    static HoldingNode of(Value value) {
        var h = value.asNode();
        return new HoldingNode(Props.string(h, "id", ""), Props.string(h, "accessionNumber", ""),
                Props.flag(h, "derivative"), Props.string(h, "securityTitle", "(untitled)"),
                Props.number(h, "sharesOwnedFollowing"), Props.number(h, "valueOwnedFollowing"),
                Props.string(h, "directOrIndirect"), Props.string(h, "natureOfOwnership"),
                Props.number(h, "conversionOrExercisePrice"), Props.date(h, "exerciseDate"),
                Props.date(h, "expirationDate"), Props.string(h, "underlyingSecurityTitle"),
                Props.number(h, "underlyingSecurityShares"), Props.strings(h, "footnoteIds"));
    }
}
