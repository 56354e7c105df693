package io.insidergraph.dataset;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The rows of one data set on disk, split by a hash of their accession number into partitions, so that all rows of
 * one filing, whatever table they are in, land in the same partition and one partition at a time can be joined in
 * memory. A partition that turns out larger than {@code maxPartitionBytes} is split again with another hash when it
 * is read, so the memory a join needs stays bounded for a quarter of any size (only the rows of a single accession
 * cannot be split further).
 */
final class Spool implements Closeable {

    /** One row as read: the table file it came from, its line, its fields. */
    record Row(int file, long line, String accession, String[] fields) {
    }

    /** What a partition handed to the join holds. */
    interface PartitionConsumer {
        void accept(List<Row> rows) throws IOException, InterruptedException;
    }

    private static final int FAN_OUT = 16;
    private static final int MAX_DEPTH = 6;

    private final Path folder;
    private final long maxPartitionBytes;
    private final Partitions top;
    private long rows;

    Spool(Path folder, int partitions, long maxPartitionBytes) throws IOException {
        this.folder = folder;
        this.maxPartitionBytes = maxPartitionBytes;
        this.top = new Partitions(folder, "p", partitions, 0);
    }

    void add(Row row) throws IOException {
        top.add(row);
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Hands every partition's rows to the consumer, one partition at a time; the spool is spent afterwards. */
    void drain(PartitionConsumer consumer) throws IOException, InterruptedException {
        top.close();
        for (var file : top.files) {
            drain(file, 1, consumer);
        }
    }

    private void drain(Path file, int depth, PartitionConsumer consumer) throws IOException, InterruptedException {
        if (Files.size(file) > maxPartitionBytes && depth <= MAX_DEPTH) {
            var split = new Partitions(folder, file.getFileName() + "-", FAN_OUT, depth);
            try (var in = open(file)) {
                for (var row = read(in); row != null; row = read(in)) {
                    split.add(row);
                }
            }
            split.close();
            Files.delete(file);
            long total = split.files.stream().mapToLong(Spool::size).sum();
            // when one part got every row, they all share one accession: splitting again cannot help
            boolean spread = split.files.stream().noneMatch(part -> size(part) == total);
            for (var part : split.files) {
                drain(part, spread ? depth + 1 : MAX_DEPTH + 1, consumer);
            }
            return;
        }
        var rows = new ArrayList<Row>();
        try (var in = open(file)) {
            for (var row = read(in); row != null; row = read(in)) {
                rows.add(row);
            }
        }
        Files.delete(file);
        consumer.accept(rows);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            return 0;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
    }

    private static @Nullable Row read(DataInputStream in) throws IOException {
        int file;
        try {
            file = in.readInt();
        }
        catch (EOFException end) {
            return null;
        }
        long line = in.readLong();
        String accession = readString(in);
        int count = in.readInt();
        var fields = new String[count];
        for (int i = 0; i < count; i++) {
            fields[i] = readString(in);
        }
        return new Row(file, line, accession, fields);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        top.closeQuietly();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (var path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A set of partition files being written, rows spread over them by a hash that depends on the depth. */
    private static final class Partitions {
        final List<Path> files = new ArrayList<>();
        private final List<DataOutputStream> outs = new ArrayList<>();
        private final int depth;
        private boolean closed;

        Partitions(Path folder, String prefix, int count, int depth) throws IOException {
            this.depth = depth;
            for (int i = 0; i < count; i++) {
                var file = folder.resolve(prefix + i);
                files.add(file);
                outs.add(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 16 * 1024)));
            }
        }

        void add(Row row) throws IOException {
            var out = outs.get(Math.floorMod(hash(row.accession(), depth), outs.size()));
            out.writeInt(row.file());
            out.writeLong(row.line());
            writeString(out, row.accession());
            out.writeInt(row.fields().length);
            for (var field : row.fields()) {
                writeString(out, field);
            }
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                for (var out : outs) {
                    out.close();
                }
            }
        }

        void closeQuietly() {
            try {
                close();
            }
            catch (IOException ex) {
                // the files are deleted next
            }
        }

        private static void writeString(DataOutputStream out, String s) throws IOException {
            var bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        /** A different mix of the same hash at each depth, so a re-split spreads what the previous one grouped. */
        private static int hash(String accession, int depth) {
            long h = accession.hashCode() * 0x9E3779B97F4A7C15L + depth * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
            return (int) h;
        }
    }
}
