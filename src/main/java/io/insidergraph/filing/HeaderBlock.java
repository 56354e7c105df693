package io.insidergraph.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One block of a submission header (the whole header, a REPORTING-OWNER, its MAIL ADDRESS, ...) with its fields,
 * both under canonical names so that the two header syntaxes EDGAR uses read the same way afterwards.
 */
final class HeaderBlock {

    private final String name;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<HeaderBlock> children = new ArrayList<>();

    HeaderBlock(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    List<HeaderBlock> children() {
        return children;
    }

    HeaderBlock addChild(String childName) {
        var child = new HeaderBlock(childName);
        children.add(child);
        return child;
    }

    /** Keeps the first value a block states for a field. */
    void put(String key, String value) {
        fields.putIfAbsent(key, value);
    }

    @Nullable
    String field(String key) {
        return fields.get(key);
    }

    @Nullable
    HeaderBlock child(String childName) {
        for (var child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    List<HeaderBlock> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }
}
