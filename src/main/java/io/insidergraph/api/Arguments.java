package io.insidergraph.api;

import java.time.LocalDate;
import java.util.regex.Pattern;

import io.insidergraph.graph.EntityQueries;
import io.insidergraph.graph.Tenure;
import io.insidergraph.graph.TenureSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks arguments against the limits and normalises identifiers, so controllers read as the schema does. */
@Component
class Arguments {

    private static final Pattern CIK = Pattern.compile("\\d{1,10}");

    private final Limits limits;
    private final TenureSettings tenure;

    Arguments(Limits limits, TenureSettings tenure) {
        this.limits = limits;
        this.tenure = tenure;
    }

    Limits limits() {
        return limits;
    }

    /** A page size: 0 up to insidergraph.limits.max-page-size; null (given explicitly) means the default. */
    int first(String name, @Nullable Integer value, int byDefault) {
        return within(name, orDefault(value, byDefault), 0, limits.maxPageSize(), "insidergraph.limits.max-page-size");
    }

    /**
     * The schema's default for an optional argument that a client set to null explicitly (graphql-java applies the
     * default only when the argument is left out).
     */
    static <T> T orDefault(@Nullable T value, T byDefault) {
        return value == null ? byDefault : value;
    }

    int within(String name, int value, int min, int max, String limit) {
        if (value < min || value > max) {
            throw new BadArgumentException(name + " must be between " + min + " and " + max + " (" + limit
                    + "), was " + value);
        }
        return value;
    }

    /** The spells held on {@code asOf} (every spell when null) with {@code graceDays} or the configured default. */
    Tenure tenure(@Nullable LocalDate asOf, @Nullable Integer graceDays) {
        return tenure(asOf, null, null, graceDays);
    }

    /** The spells held on asOf, or at some time in from..to, with {@code graceDays} or the configured default. */
    Tenure tenure(@Nullable LocalDate asOf, @Nullable LocalDate from, @Nullable LocalDate to,
            @Nullable Integer graceDays) {
        int grace = within("graceDays", orDefault(graceDays, tenure.graceDays()), 0, Tenure.MAX_GRACE_DAYS,
                "at most ten years");
        return new Tenure(asOf, from, to, grace);
    }

    /**
     * A search text the full-text index can take: at most insidergraph.limits.max-search-length characters and
     * max-search-terms words (beyond about a thousand clauses the index refuses the query, and a word of a megabyte
     * makes it build an automaton as large).
     */
    String searchText(String name, String text) {
        if (text.length() > limits.maxSearchLength()) {
            throw new BadArgumentException(name + " must be at most " + limits.maxSearchLength() + " characters "
                    + "(insidergraph.limits.max-search-length), was " + text.length());
        }
        int words = EntityQueries.words(text).size();
        if (words > limits.maxSearchTerms()) {
            throw new BadArgumentException(name + " must have at most " + limits.maxSearchTerms() + " words "
                    + "(insidergraph.limits.max-search-terms), had " + words);
        }
        return text;
    }

    /** Whether a company key is a trading symbol rather than a CIK: it has a letter in it. */
    static boolean isTicker(String value) {
        return value.chars().anyMatch(Character::isLetter);
    }

    /** A CIK with its leading zeros, as the graph stores it: "1963683" becomes "0001963683". */
    static String cik(String name, String value) {
        var digits = value.strip();
        if (!CIK.matcher(digits).matches()) {
            throw new BadArgumentException(name + " must be a CIK of 1 to 10 digits, was '" + value + "'");
        }
        return "0".repeat(10 - digits.length()) + digits;
    }
}
