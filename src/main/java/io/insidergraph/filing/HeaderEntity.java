package io.insidergraph.filing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An issuer or reporting owner as the SGML header of a full submission describes it (COMPANY DATA / OWNER DATA
 * blocks). {@code sicCode} is the number in brackets of STANDARD INDUSTRIAL CLASSIFICATION, {@code sicDescription}
 * the text before it.
 */
public record HeaderEntity(
        String cik,
        @Nullable String name,
        @Nullable String sicCode,
        @Nullable String sicDescription,
        @Nullable String stateOfIncorporation,
        @Nullable String fiscalYearEnd,
        @Nullable String irsNumber,
        @Nullable Address businessAddress,
        @Nullable String businessPhone,
        @Nullable Address mailAddress,
        List<FormerName> formerNames) {

    public HeaderEntity {
        formerNames = List.copyOf(formerNames);
    }
}
