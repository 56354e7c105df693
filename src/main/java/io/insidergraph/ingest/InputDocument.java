package io.insidergraph.ingest;

/**
 * One document to parse: its bytes and where they came from ({@code path}, or {@code archive!/entry} inside an
 * archive).
 */
record InputDocument(String source, byte[] content) {
}
