package io.insidergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.insidergraph.dataset.DatasetFiling;
import io.insidergraph.dataset.DatasetReader;
import io.insidergraph.dataset.DatasetSink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data sets whose tables the walk meets inside one folder or archive, one {@link DatasetReader} per folder the
 * tables sit in, joined into filings when the walk leaves that folder or archive ({@link #finish}). A data set whose
 * tables could not all be read gives no filings, only one reject naming why.
 */
final class DatasetGroup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatasetGroup.class);

    private final Path temporaryFolder;
    private final Map<String, DatasetReader> readers = new LinkedHashMap<>();
    private final Map<String, String> unreadable = new LinkedHashMap<>();

    DatasetGroup(Path temporaryFolder) {
        this.temporaryFolder = temporaryFolder;
    }

    /** Reads one table of the data set in {@code folder}; {@code source} is the table file's own name. */
    void table(String folder, String source, InputStream in) throws IOException {
        if (unreadable.containsKey(folder)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return;
        }
        var reader = readers.get(folder);
        if (reader == null) {
            reader = new DatasetReader(folder, temporaryFolder);
            readers.put(folder, reader);
        }
        var name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        try {
            reader.addTable(name, in);
        }
        catch (IOException ex) {
            // the file itself is reported by the walk; the data set it belongs to is not loaded at all
            unreadable.put(folder, "lost its table " + name + " (" + ex.getMessage() + ")");
            readers.remove(folder).close();
            throw ex;
        }
    }

    /** Joins each data set and hands its filings and rejects to the visitor. */
    void finish(InputWalker.Visitor visitor) throws InterruptedException {
        for (var entry : unreadable.entrySet()) {
            visitor.unreadable(entry.getKey(), "the Form 345 data set in this folder " + entry.getValue()
                    + ", so none of its filings were loaded");
        }
        unreadable.clear();
        for (var reader : readers.values()) {
            try {
                var missing = reader.missingTables();
                if (!missing.isEmpty()) {
                    log.warn("The Form 345 data set {} lacks the tables {}: its filings are rejected", reader.source(),
                            missing);
                }
                reader.finish(sinkFor(visitor));
                var counts = reader.counts();
                log.info("Form 345 data set {}: {} filings, {} rejected; rows {}", reader.source(), counts.filings(),
                        counts.rejected(), counts.rows());
            }
            catch (IOException ex) {
                visitor.unreadable(reader.source(), "cannot read the Form 345 data set's temporary files: "
                        + ex.getMessage());
            }
        }
        close();
    }

    private static DatasetSink sinkFor(InputWalker.Visitor visitor) {
        return new DatasetSink() {
            @Override
            public void filing(DatasetFiling filing) throws InterruptedException {
                visitor.filing(filing);
            }

            @Override
            public void rejected(String source, @Nullable String accessionNumber, String reason)
                    throws InterruptedException {
                visitor.rejected(new Reject(source, accessionNumber, reason));
            }
        };
    }

    @Override
    public void close() {
        for (var reader : readers.values()) {
            try {
                reader.close();
            }
            catch (IOException ex) {
                log.warn("Cannot remove the temporary files of {}: {}", reader.source(), ex.getMessage());
            }
        }
        readers.clear();
    }
}
