package io.insidergraph.graph;

/** A footnote of a filing; {@code id} is the filing's own id for it (F1, F2, ...). */
public record FootnoteNode(String id, String text) {
}
