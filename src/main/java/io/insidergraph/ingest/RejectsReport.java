package io.insidergraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rejects of a run as a TSV file, one row per rejected input: path, accession number if known, reason. Tabs
 * and line breaks inside a field are replaced by spaces, so every row stays one line.
 */
final class RejectsReport {

    static final String HEADER = "path\taccession\treason";

    private RejectsReport() {
    }

    static void write(Path file, List<Reject> rejects) throws IOException {
        var lines = new StringBuilder(HEADER).append('\n');
        for (var reject : rejects) {
            lines.append(clean(reject.source())).append('\t')
                    .append(reject.accessionNumber() == null ? "" : reject.accessionNumber()).append('\t')
                    .append(clean(reject.reason())).append('\n');
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
