package io.insidergraph.filing;

/** A footnote of a filing: its id ({@code F1}) and text. */
public record Footnote(String id, String text) {
}
