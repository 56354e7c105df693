package io.insidergraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.insidergraph.graph.CopyConflict;
import org.jspecify.annotations.Nullable;

/**
 * What a run could not store as given, as a TSV file with a header row, one row per case:
 * <ul>
 * <li>a rejected input: {@code path}, {@code accession} if known, {@code reason}, {@code kind} = {@code rejected},
 * the last two columns empty;</li>
 * <li>a conflict between two copies of one accession number that hold different things: {@code path} is the copy
 * the graph does not hold (not stored, or {@code replaced} when it was the stored one), {@code reason} says which
 * rule kept the other, {@code kind} = {@code conflict}, {@code other} is the copy kept, {@code differences} lists
 * every field the two state differently as {@code field (kept value | dropped value)}, comma-separated.</li>
 * </ul>
 * Tabs and line breaks inside a field are replaced by spaces, so every row stays one line. A run opens the report
 * when it starts and appends each row as it happens, so a run that stops early (a lost database, a killed
 * process) leaves what it found.
 */
final class RejectsReport implements AutoCloseable {

    static final String HEADER = "path\taccession\treason\tkind\tother\tdifferences";

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
        row(reject.source(), reject.accessionNumber(), reject.reason(), "rejected", "", "");
    }

    /** Appends one conflict and flushes it to the file. */
    void add(CopyConflict conflict) {
        row(conflict.dropped().source(), conflict.accessionNumber(), describe(conflict), "conflict",
                conflict.kept().source(), conflict.describeDifferences());
    }

    /** The reason column of a conflict: what became of the dropped copy, and why. */
    static String describe(CopyConflict conflict) {
        return (conflict.replacedStored() ? "stored copy replaced by a conflicting copy: "
                : "conflicting copy not stored: ") + conflict.reason();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void row(String path, @Nullable String accession, String reason, String kind, String other,
            String differences) {
        line(String.join("\t", clean(path), accession == null ? "" : accession, clean(reason), kind, clean(other),
                clean(differences)));
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
