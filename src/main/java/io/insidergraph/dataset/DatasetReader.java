package io.insidergraph.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Reads one Form 345 data set (the tables of one quarter's zip, or of one folder) into filings. Tables are handed in
 * one by one, in any order, as streams ({@link #addTable}); their rows go to a {@link Spool} on disk. Then
 * {@link #finish} joins one partition of the spool at a time and hands each accession's filing to a sink, or its
 * reject: a row that cannot be read rejects its own filing only; a row whose accession has no SUBMISSION row is
 * rejected on its own. A data set that lacks any of the eight tables gives no filings (each would be incomplete);
 * each of its accessions is rejected with the list of what is missing. Nothing is handed on before the last table is
 * in, so a data set whose reading fails halfway gives nothing rather than half-filled filings. Not thread-safe.
 */
public final class DatasetReader implements Closeable {

    /** Rows per table file read so far, and the tables met; what a test or a bench reports of a data set. */
    public record Counts(Map<DatasetTable, Long> rows, long filings, long rejected) {
    }

    private static final int PARTITIONS = 64;
    private static final long MAX_PARTITION_BYTES = 8L * 1024 * 1024;

    private final String source;
    private final Path folder;
    private final Spool spool;
    private final List<TableFile> files = new ArrayList<>();
    private final Map<DatasetTable, Long> rows = new EnumMap<>(DatasetTable.class);
    private final List<String> badRows = new ArrayList<>();
    private long filings;
    private long rejected;

    /**
     * @param source the data set's name (a zip, or a folder): named in rejects and kept as each filing's source
     * @param temporaryFolder where the spool goes (a fresh folder is made inside it and removed on close)
     */
    public DatasetReader(String source, Path temporaryFolder) throws IOException {
        this.source = source;
        this.folder = Files.createTempDirectory(temporaryFolder, "insidergraph-dataset-");
        this.spool = new Spool(folder, PARTITIONS, MAX_PARTITION_BYTES);
    }

    public String source() {
        return source;
    }

    /**
     * Reads one table file to its end.
     *
     * @param name the file's name inside the data set, named in rejects ({@code SUBMISSION.tsv})
     * @throws IOException when the stream cannot be read, or its first line is not the header of a table
     */
    public void addTable(String name, InputStream in) throws IOException {
        var reader = new TsvReader(in);
        var headerRecord = reader.next(0);
        var header = headerRecord == null ? null
                : headerRecord.fields().stream().map(f -> f.strip().toUpperCase(java.util.Locale.ROOT)).toList();
        var table = header == null ? null : DatasetTable.recognise(header);
        if (table == null) {
            throw new IOException(name + " does not start with the header row of a Form 345 data set table");
        }
        var file = TableFile.of(files.size(), table, name, header);
        files.add(file);
        int accessionColumn = file.index(DatasetTable.ACCESSION_NUMBER);
        long count = 0;
        for (var record = reader.next(file.width()); record != null; record = reader.next(file.width())) {
            var fields = record.fields();
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                continue;
            }
            count++;
            var accession = accessionColumn < fields.size() ? fields.get(accessionColumn).strip() : "";
            if (accession.isEmpty()) {
                badRows.add(file.label() + " line " + record.line() + ", column " + DatasetTable.ACCESSION_NUMBER
                        + ": no accession number, so the row belongs to no filing");
                continue;
            }
            spool.add(new Spool.Row(file.id(), record.line(), accession, fields.toArray(String[]::new)));
        }
        rows.merge(table, count, Long::sum);
    }

    /** Joins the tables read and hands every filing and every reject to the sink. */
    public void finish(DatasetSink sink) throws IOException, InterruptedException {
        for (var reason : badRows) {
            reject(sink, null, reason);
        }
        var missing = missingTables();
        var assembler = new FilingAssembler(source, files::get);
        spool.drain(partition -> {
            for (var filing : group(partition).values()) {
                join(assembler, filing, missing, sink);
            }
        });
    }

    public Counts counts() {
        return new Counts(Map.copyOf(rows), filings, rejected);
    }

    /** The tables of the eight that no file of this data set holds. */
    public Set<DatasetTable> missingTables() {
        var missing = EnumSet.allOf(DatasetTable.class);
        files.forEach(file -> missing.remove(file.table()));
        return missing;
    }

    private void join(FilingAssembler assembler, FilingRows filing, Set<DatasetTable> missing, DatasetSink sink)
            throws InterruptedException {
        if (!missing.isEmpty()) {
            reject(sink, filing.accession(), "the data set lacks the table" + (missing.size() > 1 ? "s " : " ")
                    + names(missing) + " (found " + names(EnumSet.complementOf(EnumSet.copyOf(missing)))
                    + "), so none of its filings would be complete");
            return;
        }
        if (filing.of(DatasetTable.SUBMISSION).isEmpty()) {
            reject(sink, filing.accession(), "no SUBMISSION row for this accession, which has "
                    + whereFound(filing));
            return;
        }
        try {
            var assembled = assembler.assemble(filing);
            filings++;
            sink.filing(new DatasetFiling(assembled, 2048 + 8 * filing.chars()));
        }
        catch (BadRowException ex) {
            reject(sink, filing.accession(), ex.getMessage());
        }
    }

    private void reject(DatasetSink sink, @Nullable String accession, String reason) throws InterruptedException {
        rejected++;
        sink.rejected(source, accession, reason);
    }

    /** The rows of one partition by accession, in the order of their SUBMISSION lines (orphans last). */
    private Map<String, FilingRows> group(List<Spool.Row> partition) {
        var byAccession = new LinkedHashMap<String, FilingRows>();
        partition.sort(Comparator.comparingInt(Spool.Row::file).thenComparingLong(Spool.Row::line));
        var submissionFirst = new ArrayList<Spool.Row>(partition.size());
        for (var row : partition) {
            if (files.get(row.file()).table() == DatasetTable.SUBMISSION) {
                submissionFirst.add(row);
            }
        }
        for (var row : partition) {
            if (files.get(row.file()).table() != DatasetTable.SUBMISSION) {
                submissionFirst.add(row);
            }
        }
        for (var row : submissionFirst) {
            byAccession.computeIfAbsent(row.accession(), FilingRows::new).add(files.get(row.file()).table(), row);
        }
        return byAccession;
    }

    private String whereFound(FilingRows filing) {
        var places = new ArrayList<String>();
        for (var table : filing.tables()) {
            var list = filing.of(table);
            var first = list.getFirst();
            places.add(list.size() + " row" + (list.size() > 1 ? "s" : "") + " in " + files.get(first.file()).label()
                    + " (line " + first.line() + (list.size() > 1 ? ", ..." : "") + ")");
        }
        return String.join(", ", places);
    }

    private static String names(Set<DatasetTable> tables) {
        return tables.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws IOException {
        spool.close();
    }
}
