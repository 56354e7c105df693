package io.insidergraph.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.insidergraph.filing.Row;
import io.insidergraph.filing.Transaction;

/**
 * The node properties of a Table I/II row: every {@link io.insidergraph.filing.Fact} of the row under its own name
 * (numbers as floats, dates as dates), the row's coding flags, and each footnote id attached to a field as a
 * {@link FootnoteRef} for that field.
 */
final class RowProperties {

    /** A footnote attached to one field of one row. */
    record FootnoteRef(String field, String footnoteId) {
    }

    /** The properties of a row and the footnotes attached to its fields. */
    record Mapped(Map<String, Object> properties, List<FootnoteRef> footnotes) {
    }

    private RowProperties() {
    }

    static Mapped of(Row row) {
        var properties = new HashMap<String, Object>(48);
        var footnotes = new ArrayList<FootnoteRef>();
        properties.put("derivative", row.derivative());
        properties.put("position", row.position());
        if (row instanceof Transaction transaction) {
            if (transaction.transactionFormType() != null) {
                properties.put("transactionFormType", transaction.transactionFormType());
            }
            if (transaction.equitySwapInvolved() != null) {
                properties.put("equitySwapInvolved", transaction.equitySwapInvolved());
            }
        }
        for (var field : row.facts().entrySet()) {
            var fact = field.getValue();
            if (fact.value() != null) {
                properties.put(field.getKey(), fact.value() instanceof BigDecimal number ? number.doubleValue()
                        : fact.value());
            }
            for (var id : fact.footnoteIds()) {
                footnotes.add(new FootnoteRef(field.getKey(), id));
            }
        }
        properties.put("footnoteIds", row.footnoteIds());
        return new Mapped(properties, footnotes);
    }
}
