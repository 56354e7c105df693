package io.insidergraph.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import io.insidergraph.filing.OwnershipFiling;
import org.jspecify.annotations.Nullable;

/**
 * Test fixtures of data sets: the eight corpus filings ({@code datasets/corpus-eight}, see the NOTE.md there), the
 * real partial 2024 Q3 quarter ({@code datasets/2024q3-partial.zip}), and small data sets written in a test; and a
 * reader run that collects what it gives.
 */
final class Datasets {

    static final Path CORPUS_EIGHT = Path.of("src/test/resources/datasets/corpus-eight");
    static final Path PARTIAL_QUARTER = Path.of("src/test/resources/datasets/2024q3-partial.zip");
    static final List<String> TABLE_FILES = List.of("SUBMISSION.tsv", "REPORTINGOWNER.tsv", "NONDERIV_TRANS.tsv",
            "NONDERIV_HOLDING.tsv", "DERIV_TRANS.tsv", "DERIV_HOLDING.tsv", "FOOTNOTES.tsv", "OWNER_SIGNATURE.tsv");

    /** What a data set gave: its filings by accession, its rejects as "accession: reason", and its counts. */
    record Read(Map<String, OwnershipFiling> filings, List<String> rejects, DatasetReader.Counts counts,
            java.util.Set<DatasetTable> missing) {
    }

    private Datasets() {
    }

    /** The eight corpus tables, as text by file name, to change one and read them again. */
    static Map<String, String> corpusEight() {
        var tables = new LinkedHashMap<String, String>();
        for (var name : TABLE_FILES) {
            try {
                tables.put(name, Files.readString(CORPUS_EIGHT.resolve(name)));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return tables;
    }

    /**
     * The tables with one field changed: in {@code file}, the first row of {@code accession} gets {@code value} in
     * {@code column} (written as it stands: quote it yourself if it needs quotes).
     */
    static Map<String, String> withField(Map<String, String> tables, String file, String accession, String column,
            String value) {
        var lines = new ArrayList<>(List.of(tables.get(file).split("\n", -1)));
        int index = List.of(lines.getFirst().split("\t", -1)).indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(file + " has no column " + column);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(accession + "\t")) {
                var fields = lines.get(i).split("\t", -1);
                fields[index] = value;
                lines.set(i, String.join("\t", fields));
                return with(tables, file, String.join("\n", lines));
            }
        }
        throw new IllegalArgumentException(file + " has no row of " + accession);
    }

    /** The tables with every row of {@code accession} taken out of {@code file}. */
    static Map<String, String> withoutRows(Map<String, String> tables, String file, String accession) {
        var kept = tables.get(file).lines().filter(line -> !line.startsWith(accession + "\t"))
                .map(line -> line + "\n").reduce("", String::concat);
        return with(tables, file, kept);
    }

    /** The tables with a line added at the end of {@code file}. */
    static Map<String, String> withLine(Map<String, String> tables, String file, String line) {
        return with(tables, file, tables.get(file) + line + "\n");
    }

    /** The tables with {@code file} replaced by {@code text}. */
    static Map<String, String> with(Map<String, String> tables, String file, String text) {
        var changed = new LinkedHashMap<>(tables);
        changed.put(file, text);
        return changed;
    }

    static Read read(Path temp, Map<String, String> tables) throws Exception {
        var streams = new LinkedHashMap<String, InputStream>();
        tables.forEach((name, text) -> streams.put(name,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        return read(temp, "test-dataset", streams);
    }

    static Read readZip(Path temp, Path zip) throws Exception {
        var streams = new LinkedHashMap<String, InputStream>();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var bytes = in.readAllBytes();
                if (DatasetTable.recognise(bytes) != null) {
                    streams.put(entry.getName(), new ByteArrayInputStream(bytes));
                }
            }
        }
        return read(temp, zip.toString(), streams);
    }

    private static Read read(Path temp, String source, Map<String, InputStream> streams) throws Exception {
        var filings = new LinkedHashMap<String, OwnershipFiling>();
        var rejects = new ArrayList<String>();
        try (var reader = new DatasetReader(source, temp)) {
            for (var entry : streams.entrySet()) {
                reader.addTable(entry.getKey(), entry.getValue());
            }
            reader.finish(new DatasetSink() {
                @Override
                public void filing(DatasetFiling filing) {
                    filings.put(filing.filing().accessionNumber(), filing.filing());
                }

                @Override
                public void rejected(String rejectedSource, @Nullable String accessionNumber, String reason) {
                    rejects.add(accessionNumber + ": " + reason);
                }
            });
            return new Read(filings, rejects, reader.counts(), reader.missingTables());
        }
    }
}
