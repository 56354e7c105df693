package io.insidergraph.export;

/** A declared node, edge or graph attribute: its name (as the GraphQL field is named) and the type of its values. */
public record Attribute(String name, AttributeType type) {

    public static Attribute string(String name) {
        return new Attribute(name, AttributeType.STRING);
    }

    public static Attribute integer(String name) {
        return new Attribute(name, AttributeType.INTEGER);
    }

    public static Attribute decimal(String name) {
        return new Attribute(name, AttributeType.DOUBLE);
    }

    public static Attribute bool(String name) {
        return new Attribute(name, AttributeType.BOOLEAN);
    }

    public static Attribute date(String name) {
        return new Attribute(name, AttributeType.DATE);
    }

    public static Attribute strings(String name) {
        return new Attribute(name, AttributeType.STRING_LIST);
    }
}
