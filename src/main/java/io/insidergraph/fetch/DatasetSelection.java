package io.insidergraph.fetch;

import org.jspecify.annotations.Nullable;

/**
 * Which quarters of the SEC's Form 345 data sets to fetch: a range of quarters (either end open: from the first
 * quarter published, to the newest one), or only the newest one the SEC lists.
 */
public record DatasetSelection(@Nullable Quarter from, @Nullable Quarter to, boolean latest) {

    public DatasetSelection {
        if (latest && (from != null || to != null)) {
            throw new IllegalArgumentException("--latest takes no --from or --to");
        }
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /**
     * A quarter ({@code 2024q3}) or a whole year ({@code 2024}, its first quarter as a start and its last as an end).
     */
    public static Quarter start(String text) {
        return text.strip().matches("\\d{4}") ? new Quarter(Integer.parseInt(text.strip()), 1) : Quarter.parse(text);
    }

    public static Quarter end(String text) {
        return text.strip().matches("\\d{4}") ? new Quarter(Integer.parseInt(text.strip()), 4) : Quarter.parse(text);
    }

    boolean includes(Quarter quarter) {
        return (from == null || quarter.compareTo(from) >= 0) && (to == null || quarter.compareTo(to) <= 0);
    }
}
