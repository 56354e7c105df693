package io.insidergraph.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Attribute values as text, for the formats that write text (XML attributes, CSV cells). */
final class Values {

    private Values() {
    }

    /** A scalar as text; a list joined by "; ", for formats without a list type (GraphML, CSV). */
    static String text(Object value) {
        return switch (value) {
            case List<?> list -> String.join("; ", list.stream().map(Values::text).toList());
            case LocalDate date -> date.toString();
            case Boolean flag -> flag.toString().toLowerCase(Locale.ROOT);
            default -> value.toString();
        };
    }
}
