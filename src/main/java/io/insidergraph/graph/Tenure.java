package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which role spells a read counts, and how long a spell lasts after its last report: a spell that a later filing
 * ended holds up to its stored {@code until}; one that none ended holds through {@code lastReported} plus
 * {@code graceDays} (inclusive). A read keeps the spells held on {@code asOf}, or at some time between {@code from}
 * and {@code to} (either may be open), or every spell when none of the three is given.
 */
public record Tenure(@Nullable LocalDate asOf, @Nullable LocalDate from, @Nullable LocalDate to, int graceDays) {

    /** The longest grace period a read may ask for (ten years). */
    public static final int MAX_GRACE_DAYS = 3653;

    public Tenure {
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            throw new InvalidQueryException("graceDays must be between 0 and " + MAX_GRACE_DAYS + ", was " + graceDays);
        }
        if (asOf != null && (from != null || to != null)) {
            throw new InvalidQueryException("give asOf, or from and to, not both");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from (" + from + ") must not be after to (" + to + ")");
        }
    }

    /** The spells held on {@code asOf}, or every spell when it is null. */
    public static Tenure on(@Nullable LocalDate asOf, int graceDays) {
        return new Tenure(asOf, null, null, graceDays);
    }

    /** The statements' parameters {@code $asOf}, {@code $from}, {@code $to} and {@code $graceDays} (a new map). */
    public Map<String, @Nullable Object> parameters() {
        return Props.of("asOf", asOf, "from", from, "to", to, "graceDays", graceDays);
    }

    /**
     * Whether a spell counts, by the same rule as the statements' ({@code positions.cypher}, {@code busy-insiders.cypher}): its end is the
     * stored {@code until}, else the last report plus the grace period (a missing date fails every test that needs
     * it, as null does in Cypher).
     */
    public boolean counts(@Nullable LocalDate since, @Nullable LocalDate lastReported, @Nullable LocalDate until) {
        var end = until != null ? until : lastReported == null ? null : lastReported.plusDays(graceDays);
        if (asOf != null && (since == null || end == null || since.isAfter(asOf) || asOf.isAfter(end))) {
            return false;
        }
        if (from != null && (end == null || end.isBefore(from))) {
            return false;
        }
        return to == null || (since != null && !since.isAfter(to));
    }

    /**
     * The end of a spell as the API shows it: the stored {@code until} when a filing ended the spell, else the last
     * report plus the grace period, or null when that reaches the newest period of report in the graph (the role
     * may still be held).
     */
    @Nullable LocalDate until(@Nullable LocalDate storedUntil, @Nullable LocalDate lastReported,
            @Nullable LocalDate newest) {
        if (storedUntil != null || lastReported == null) {
            return storedUntil;
        }
        var end = lastReported.plusDays(graceDays);
        return newest != null && end.isBefore(newest) ? end : null;
    }
}
