package io.insidergraph.export;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A time an edge (or node) exists, both ends inclusive; an open end (null) runs to the edge of the timeline. */
public record Spell(@Nullable LocalDate start, @Nullable LocalDate end) {
}
