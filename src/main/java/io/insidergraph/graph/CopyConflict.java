package io.insidergraph.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Two copies of one accession number that hold different filings (or the same filing in different terms): which
 * one the graph keeps, which it dropped (never stored, or replaced by the kept one), why, and every field they
 * state differently.
 *
 * @param replacedStored whether the dropped copy was the one stored before, and is now replaced
 */
public record CopyConflict(String accessionNumber, Copy kept, Copy dropped, String reason,
        List<FieldDifference> differences, boolean replacedStored) {

    public CopyConflict {
        differences = List.copyOf(differences);
    }

    /** One copy: where it was read from, its SHA-256 and its envelope ({@code SEC_DOCUMENT}, {@code DATASET}, ...). */
    public record Copy(String source, String sha256, String envelope) {
    }

    /**
     * A field the copies state differently ({@code remarks}, {@code transaction[T:N:0].shares},
     * {@code owner[0001234567].nameAsFiled}, ...), with each copy's value as text (long values cut), {@code null}
     * where that copy does not state the field.
     */
    public record FieldDifference(String field, @Nullable String kept, @Nullable String dropped) {
    }

    /** The differing fields, each with both values: {@code remarks (kept | dropped), ...}. */
    public String describeDifferences() {
        var text = new StringBuilder();
        for (var difference : differences) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(difference.field()).append(" (").append(difference.kept()).append(" | ")
                    .append(difference.dropped()).append(')');
        }
        return text.toString();
    }
}
