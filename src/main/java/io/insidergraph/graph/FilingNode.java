package io.insidergraph.graph;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A filing's own facts and which copy of it is stored; its issuer, owners, rows and footnotes are loaded by key
 * when asked for.
 */
public record FilingNode(String accessionNumber, String formType, @Nullable String schemaVersion,
        @Nullable LocalDate periodOfReport, @Nullable LocalDate dateOfOriginalSubmission, @Nullable LocalDate filedAt,
        @Nullable Boolean aff10b5One, @Nullable Boolean notSubjectToSection16, @Nullable Boolean noSecuritiesOwned,
        @Nullable String remarks, String issuerCik, StoredCopy storedCopy) {

    /** The copy the graph holds: its envelope ({@code SEC_DOCUMENT}, {@code DATASET}, ...), header, hash. */
    public record StoredCopy(String envelope, boolean hasHeader, String sha256) {
    }

    static FilingNode of(Value value) {
        var f = value.asNode();
        return new FilingNode(Props.string(f, "accessionNumber", ""), Props.string(f, "formType", ""),
                Props.string(f, "schemaVersion"), Props.date(f, "periodOfReport"),
                Props.date(f, "dateOfOriginalSubmission"), Props.date(f, "filedAt"), Props.bool(f, "aff10b5One"),
                Props.bool(f, "notSubjectToSection16"), Props.bool(f, "noSecuritiesOwned"), Props.string(f, "remarks"),
                Props.string(f, "issuerCik", ""), new StoredCopy(Props.string(f, "envelope", ""),
                        Props.flag(f, "hasHeader"), Props.string(f, "sha256", "")));
    }
}
