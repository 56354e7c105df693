package io.insidergraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shapes what a batch query found (children by parent key) into the map a {@code @BatchMapping} returns: every
 * parent gets an entry, an empty list where the query found nothing, since the schema's lists are non-null.
 */
final class Batches {

    private Batches() {
    }

    static <P, K, V> Map<P, List<V>> lists(List<P> parents, Function<P, K> key, Map<K, List<V>> found) {
        var result = new LinkedHashMap<P, List<V>>();
        for (var parent : parents) {
            result.put(parent, found.getOrDefault(key.apply(parent), List.of()));
        }
        return result;
    }

    /** The single child of each parent that has one. */
    static <P, K, V> Map<P, V> singles(List<P> parents, Function<P, K> key, Map<K, ? extends V> found) {
        var result = new LinkedHashMap<P, V>();
        for (var parent : parents) {
            V value = found.get(key.apply(parent));
            if (value != null) {
                result.put(parent, value);
            }
        }
        return result;
    }
}
