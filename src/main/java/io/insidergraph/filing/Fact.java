package io.insidergraph.filing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of a filing as stated: its value, if any, and the ids of the footnotes attached to it. A filer may give
 * only a footnote (the value is then {@code null}); both facts are kept.
 */
public record Fact<T>(@Nullable T value, List<String> footnoteIds) {

    private static final Fact<?> ABSENT = new Fact<>(null, List.of());

    public Fact {
        footnoteIds = List.copyOf(footnoteIds);
    }

    @SuppressWarnings("unchecked")
    public static <T> Fact<T> absent() {
        return (Fact<T>) ABSENT;
    }

    public static <T> Fact<T> of(@Nullable T value) {
        return value == null ? absent() : new Fact<>(value, List.of());
    }

    public boolean isAbsent() {
        return value == null && footnoteIds.isEmpty();
    }
}
