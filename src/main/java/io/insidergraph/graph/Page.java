package io.insidergraph.graph;

import java.util.List;

/** One page of a keyset-paginated list: the rows with their cursors, and whether more follow. */
public record Page<T>(List<Row<T>> rows, boolean hasNextPage) {

    public record Row<T>(T node, Cursor cursor) {
    }

    /** Cuts a list fetched with one row more than asked for to {@code first} rows. */
    static <T> Page<T> of(List<Row<T>> fetched, int first) {
        return fetched.size() > first ? new Page<>(List.copyOf(fetched.subList(0, first)), true)
                : new Page<>(List.copyOf(fetched), false);
    }
}
