package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Reading node and map properties that may be absent (Neo4j stores no nulls), and building parameter maps that may
 * hold nulls (the statements test {@code $x IS NULL} for "no filter").
 */
final class Props {

    private Props() {
    }

    static @Nullable String string(MapAccessor map, String key) {
        var value = map.get(key);
        return value.isNull() ? null : value.asString();
    }

    static String string(MapAccessor map, String key, String absent) {
        var value = map.get(key);
        return value.isNull() ? absent : value.asString();
    }

    static @Nullable Double number(MapAccessor map, String key) {
        var value = map.get(key);
        return value.isNull() ? null : value.asDouble();
    }

    static @Nullable LocalDate date(MapAccessor map, String key) {
        var value = map.get(key);
        return value.isNull() ? null : value.asLocalDate();
    }

    static @Nullable Boolean bool(MapAccessor map, String key) {
        var value = map.get(key);
        return value.isNull() ? null : value.asBoolean();
    }

    static boolean flag(MapAccessor map, String key) {
        return Boolean.TRUE.equals(bool(map, key));
    }

    static List<String> strings(MapAccessor map, String key) {
        var value = map.get(key);
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** A parameter map from alternating names and values; values may be null. */
    static Map<String, @Nullable Object> of(@Nullable Object... namesAndValues) {
        var map = new HashMap<String, @Nullable Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** A person or company from an Entity node (label decides which). */
    static Entity entity(Value value) {
        var node = value.asNode();
        if (node.hasLabel("Company")) {
            return new Company(string(node, "cik", ""), string(node, "name", ""), string(node, "ticker"),
                    strings(node, "tickers"), string(node, "sic"), string(node, "sicDescription"),
                    string(node, "stateOfIncorporation"));
        }
        var name = string(node, "name", "");
        return new Person(string(node, "cik", ""), name, string(node, "displayName", name), strings(node, "names"));
    }

    static Company company(Value value) {
        if (entity(value) instanceof Company company) {
            return company;
        }
        throw new IllegalStateException("Not a company: " + value);
    }
}
