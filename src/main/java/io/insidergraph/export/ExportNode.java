package io.insidergraph.export;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A node: its id, the label tools show, its attribute values by declared name (a missing or null value is written
 * as absent), and when it exists (empty: always).
 */
public record ExportNode(String id, String label, Map<String, @Nullable Object> values, List<Spell> spells) {
}
