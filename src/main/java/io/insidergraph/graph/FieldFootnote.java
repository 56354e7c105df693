package io.insidergraph.graph;

/** A footnote attached to one field of a transaction or holding row, e.g. {@code pricePerShare}. */
public record FieldFootnote(String field, FootnoteNode footnote) {
}
