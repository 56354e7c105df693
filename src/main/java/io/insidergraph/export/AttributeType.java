package io.insidergraph.export;

/** The type of an attribute's values; each writer maps it to its format's nearest type. */
public enum AttributeType {
    STRING, INTEGER, DOUBLE, BOOLEAN,
    /** an ISO-8601 calendar date ({@link java.time.LocalDate}) */
    DATE,
    /** a list of strings */
    STRING_LIST
}
