package io.insidergraph.filing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedMap;

/** A row of Table I or II: a {@link Transaction} or a {@link Holding}. */
public sealed interface Row permits Transaction, Holding {

    boolean derivative();

    int position();

    Fact<String> securityTitle();

    Fact<String> underlyingSecurityTitle();

    /**
     * Every {@link Fact} of the row by its record component name, in declaration order: what a writer needs to
     * attach each footnote to the exact field it belongs to.
     */
    SequencedMap<String, Fact<?>> facts();

    /** The ids of every footnote attached to any field of this row, each once, in field order. */
    default List<String> footnoteIds() {
        var ids = new LinkedHashSet<String>();
        for (Fact<?> fact : facts().values()) {
            ids.addAll(fact.footnoteIds());
        }
        return List.copyOf(ids);
    }
}
