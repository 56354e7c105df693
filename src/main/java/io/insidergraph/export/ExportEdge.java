package io.insidergraph.export;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An edge between two node ids: its id (unique in the network), label, weight (null: unweighted), attribute values
 * by declared name, and when it exists (empty: always).
 */
public record ExportEdge(String id, String source, String target, String label, @Nullable Double weight,
        Map<String, @Nullable Object> values, List<Spell> spells) {
}
