package io.insidergraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The position of a row in a keyset-paginated list: the list's sort order, the row's sort key and its id (the
 * tie-breaker), written as an opaque string. The next page starts strictly after it, so pages neither overlap nor
 * skip rows, whatever is written meanwhile elsewhere in the list; a cursor of a list sorted another way is refused
 * rather than read as a position it is not.
 */
public record Cursor(String order, double key, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((order + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code after} of a list sorted by {@code order}, or null for the first page. */
    public static @Nullable Cursor decode(@Nullable String after, String order) {
        if (after == null) {
            return null;
        }
        Cursor cursor;
        try {
            var parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|", 3);
            cursor = new Cursor(parts[0], Double.parseDouble(parts[1]), parts[2]);
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
            throw new InvalidQueryException("after: '" + after + "' is not a cursor of this list");
        }
        if (!cursor.order().equals(order)) {
            throw new InvalidQueryException("after: this cursor belongs to a list sorted by " + cursor.order()
                    + ", not by " + order);
        }
        return cursor;
    }
}
