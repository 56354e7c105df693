package io.insidergraph.graph;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A spell of an insider's role at a company, from its role edge: {@code since} and {@code lastReported} are the first
 * and last period of report of the spell, {@code until} the last day the tenure rule takes it to be held (null when
 * it may still be held at the newest period of report in the graph), {@code filings} how many filings of the spell
 * reported it.
 */
public record Position(Entity owner, Company company, Role role, @Nullable String title, @Nullable LocalDate since,
        @Nullable LocalDate lastReported, @Nullable LocalDate until, int filings) {
}
