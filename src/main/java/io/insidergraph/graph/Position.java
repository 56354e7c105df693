package io.insidergraph.graph;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An insider's role at a company, from the role edge: {@code since}/{@code until} are the first and last period of
 * report in which the insider reported it, {@code filings} how many filings did.
 */
public record Position(Entity owner, Company company, Role role, @Nullable String title, @Nullable LocalDate since,
        @Nullable LocalDate until, int filings) {
}
