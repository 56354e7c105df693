package io.insidergraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The position of a row in a keyset-paginated list: its sort key and its id (the tie-breaker), written as an
 * opaque string. The next page starts strictly after it, so pages neither overlap nor skip rows, whatever is
 * written meanwhile elsewhere in the list.
 */
public record Cursor(double key, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code after}, or null for the first page. */
    public static @Nullable Cursor decode(@Nullable String after) {
        if (after == null) {
            return null;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new Cursor(Double.parseDouble(text.substring(0, bar)), text.substring(bar + 1));
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
            throw new InvalidQueryException("after: '" + after + "' is not a cursor of this list");
        }
    }
}
