package io.insidergraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejects of a run as a TSV file, one row per rejected input: path, accession number if known, reason. Tabs
 * and line breaks inside a field are replaced by spaces, so every row stays one line. A run opens the report when it
 * starts and appends each reject as it happens, so a run that stops early (a lost database, a killed process)
 * leaves the rejects it found.
 */
final class RejectsReport implements AutoCloseable {

    static final String HEADER = "path\taccession\treason";

    private final Path file;
    private final BufferedWriter out;

    private RejectsReport(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Starts a report in {@code file}, replacing any earlier one. */
    static RejectsReport open(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        var report = new RejectsReport(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        report.line(HEADER);
        return report;
    }

    /** Appends one reject and flushes it to the file. */
    void add(Reject reject) {
        line(clean(reject.source()) + '\t' + (reject.accessionNumber() == null ? "" : reject.accessionNumber()) + '\t'
                + clean(reject.reason()));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void line(String line) {
        try {
            out.write(line);
            out.newLine();
            out.flush();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the rejects report " + file, ex);
        }
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
