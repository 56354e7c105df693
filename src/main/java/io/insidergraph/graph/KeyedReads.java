package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Reads for many keys in one statement (a page or a count per parent of a GraphQL list): each key goes in as one
 * map of {@code $keys} with its index as {@code id}, and its answer comes back as the row with that {@code id}.
 */
final class KeyedReads {

    private KeyedReads() {
    }

    /**
     * One keyset page per key from a statement that returns {@code id} and {@code rows}, each row a map of
     * {@code node} and sort {@code key}. The statement's {@code $limit} is one more than the largest size asked
     * for; each page is then cut to its own size.
     */
    static <K, T> Map<K, Page<T>> pages(GraphReads reads, String statement, List<K> keys,
            Function<K, Map<String, @Nullable Object>> parameters, ToIntFunction<K> first,
            BiFunction<K, Value, Page.Row<T>> row) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        int largest = keys.stream().mapToInt(first).max().orElseThrow();
        return reads.read(statement, Map.of("keys", keyParameters(keys, parameters), "limit", largest + 1), result -> {
            var pages = new HashMap<K, Page<T>>();
            result.forEachRemaining(record -> {
                var key = keys.get(record.get("id").asInt());
                var rows = record.get("rows").asList(value -> row.apply(key, value));
                pages.put(key, Page.of(rows, first.applyAsInt(key)));
            });
            return pages;
        });
    }

    /** One count per key from a statement that returns {@code id} and {@code count}. */
    static <K> Map<K, Long> counts(GraphReads reads, String statement, List<K> keys,
            Function<K, Map<String, @Nullable Object>> parameters) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return reads.read(statement, Map.of("keys", keyParameters(keys, parameters)), result -> {
            var counts = new HashMap<K, Long>();
            result.forEachRemaining(record -> counts.put(keys.get(record.get("id").asInt()),
                    record.get("count").asLong()));
            return counts;
        });
    }

    private static <K> List<Map<String, @Nullable Object>> keyParameters(List<K> keys,
            Function<K, Map<String, @Nullable Object>> parameters) {
        var list = new ArrayList<Map<String, @Nullable Object>>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            var map = new HashMap<String, @Nullable Object>(parameters.apply(keys.get(i)));
            map.put("id", i);
            list.add(map);
        }
        return list;
    }
}
