package io.insidergraph.graph;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.insidergraph.filing.Fact;
import io.insidergraph.filing.Holding;
import io.insidergraph.filing.Row;
import io.insidergraph.filing.Transaction;

/**
 * The node properties of a Table I/II row, read off the record's components so that every field the parser keeps
 * reaches the graph under its own name: a {@link Fact}'s value becomes the property, and each of its footnote ids
 * becomes a {@link FootnoteRef} for that field. Numbers are stored as floats, dates as dates.
 */
final class RowProperties {

    /** A footnote attached to one field of one row. */
    record FootnoteRef(String field, String footnoteId) {
    }

    /** The properties of a row and the footnotes attached to its fields. */
    record Mapped(Map<String, Object> properties, List<FootnoteRef> footnotes) {
    }

    private record Component(String name, MethodHandle accessor) {
    }

    private static final List<Component> TRANSACTION = components(Transaction.class);
    private static final List<Component> HOLDING = components(Holding.class);

    private RowProperties() {
    }

    static Mapped of(Row row) {
        var components = row instanceof Transaction ? TRANSACTION : HOLDING;
        var properties = new HashMap<String, Object>(components.size() * 2);
        var footnotes = new ArrayList<FootnoteRef>();
        for (var component : components) {
            Object value = get(component, row);
            if (value instanceof Fact<?> fact) {
                if (fact.value() != null) {
                    properties.put(component.name(), toProperty(fact.value()));
                }
                for (var id : fact.footnoteIds()) {
                    footnotes.add(new FootnoteRef(component.name(), id));
                }
            }
            else if (value != null) {
                properties.put(component.name(), value);
            }
        }
        var ids = new TreeSet<String>();
        footnotes.forEach(ref -> ids.add(ref.footnoteId()));
        properties.put("footnoteIds", List.copyOf(ids));
        return new Mapped(properties, footnotes);
    }

    private static Object toProperty(Object value) {
        return value instanceof BigDecimal number ? number.doubleValue() : value;
    }

    private static Object get(Component component, Row row) {
        try {
            return component.accessor().invoke(row);
        }
        catch (Throwable ex) {
            throw new IllegalStateException("Cannot read " + component.name() + " of " + row, ex);
        }
    }

    private static List<Component> components(Class<? extends Record> type) {
        var lookup = MethodHandles.publicLookup();
        var result = new ArrayList<Component>();
        for (var component : type.getRecordComponents()) {
            try {
                result.add(new Component(component.getName(), lookup.unreflect(component.getAccessor())));
            }
            catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return List.copyOf(result);
    }
}
