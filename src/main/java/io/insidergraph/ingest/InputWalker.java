package io.insidergraph.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import io.insidergraph.dataset.DatasetFiling;
import io.insidergraph.dataset.DatasetTable;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the paths a user gives into documents, reading everything as a stream: files, folders (recursively, in
 * name order, leaving out hidden entries such as {@code .git} or fetch's {@code .edgar} cache), and zip, tar and
 * gzip archives (so tar.gz of EDGAR's daily .nc feed too), nested to any depth.
 * Archives are recognised by their content, not their name. A document larger than the size limit is reported,
 * not read into memory. The tables of a Form 345 data set are recognised by their header row; those that sit
 * directly in one folder (on disk or inside an archive) form one data set, joined into filings when the folder is
 * done (see {@link DatasetGroup}).
 * <p>
 * Links on disk: a link to a file is read as that file, under the link's name. A link to a folder is followed
 * once: each folder is read at most once a run, by its real path, so a link back into a folder being read
 * ({@code loop -> .}) or to one already read is passed over with a log line, never walked again. Inside a tar
 * archive, a link member (symbolic or hard) has no content of its own and is reported as a link not followed.
 */
final class InputWalker {

    /** Receives each document, each filing read from a data set, and each input that could not be read. */
    interface Visitor {
        void document(InputDocument document) throws InterruptedException;

        void unreadable(String source, String reason) throws InterruptedException;

        /** A filing of a data set, already assembled: nothing left to parse. */
        void filing(DatasetFiling filing) throws InterruptedException;

        /** A filing (or row) of a data set that could not be read. */
        void rejected(Reject reject) throws InterruptedException;
    }

    private static final int PEEK = DatasetTable.HEADER_PEEK;

    private static final Logger log = LoggerFactory.getLogger(InputWalker.class);

    private final long maxDocumentBytes;
    private final Path temporaryFolder;
    private final AtomicLong bytesRead = new AtomicLong();
    /** The real paths of the folders walked so far. */
    private final Set<Path> foldersRead = new HashSet<>();

    InputWalker(long maxDocumentBytes, Path temporaryFolder) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.temporaryFolder = temporaryFolder;
    }

    /** The total size of the files under the paths, to measure progress against. */
    static long totalBytes(List<Path> paths) {
        long total = 0;
        for (var path : paths) {
            try (Stream<Path> files = Files.walk(path)) {
                total += files.filter(Files::isRegularFile).filter(file -> !passedOver(path.relativize(file)))
                        .mapToLong(InputWalker::size).sum();
            }
            catch (IOException | java.io.UncheckedIOException ex) {
                // counted as unreadable when walked
            }
        }
        return total;
    }

    /** Whether the walk skips this file: it, or a folder on the way to it, is {@link #skipped}. */
    private static boolean passedOver(Path relative) {
        for (var name : relative) {
            if (skipped(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a folder walk passes over: hidden entries (the fetch command keeps its feed archives in {@code .edgar/})
     * and {@code .part} files, downloads that are not complete (yet).
     */
    private static boolean skipped(Path name) {
        var text = name.toString();
        return text.startsWith(".") || text.endsWith(".part");
    }

    /** Bytes of the given files consumed so far (compressed bytes, for archives). */
    long bytesRead() {
        return bytesRead.get();
    }

    void walk(List<Path> paths, Visitor visitor) throws InterruptedException {
        // loose table files named one by one on the command line form a data set per folder they are in
        try (var loose = new DatasetGroup(temporaryFolder)) {
            for (var path : paths) {
                walkPath(path, visitor, loose);
            }
            loose.finish(visitor);
        }
    }

    private void walkPath(Path path, Visitor visitor, DatasetGroup datasets) throws InterruptedException {
        if (Files.isDirectory(path)) {
            if (!firstVisit(path)) {
                return;
            }
            List<Path> children;
            try (Stream<Path> list = Files.list(path)) {
                children = new ArrayList<>(list.toList());
            }
            catch (IOException ex) {
                visitor.unreadable(path.toString(), "cannot list folder: " + ex.getMessage());
                return;
            }
            children.sort(null);
            try (var inFolder = new DatasetGroup(temporaryFolder)) {
                for (var child : children) {
                    if (!skipped(child.getFileName())) {
                        walkPath(child, visitor, inFolder);
                    }
                }
                inFolder.finish(visitor);
            }
        }
        else if (Files.isRegularFile(path)) {
            var folder = path.getParent() == null ? "." : path.getParent().toString();
            try (var in = new Counting(Files.newInputStream(path), bytesRead)) {
                walkStream(path.toString(), in, visitor, datasets, folder);
            }
            catch (IOException ex) {
                visitor.unreadable(path.toString(), "cannot read: " + describe(ex));
            }
        }
        else {
            visitor.unreadable(path.toString(), Files.exists(path) ? "not a file or folder" : "no such file or folder");
        }
    }

    /**
     * Whether this folder is walked for the first time this run; a folder reached again through a link (a loop, or
     * a second link to it) is not.
     */
    private boolean firstVisit(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        }
        catch (IOException ex) {
            // listing it will fail and say why
            return true;
        }
        if (foldersRead.add(real)) {
            return true;
        }
        log.info("Not following {}: it leads to {}, a folder this run reads already", folder, real);
        return false;
    }

    /**
     * @param datasets the data sets of the folder (or archive folder) this stream sits in
     * @param folder that folder's name, which a data set found in it is known by
     */
    private void walkStream(String source, InputStream raw, Visitor visitor, DatasetGroup datasets, String folder)
            throws IOException, InterruptedException {
        var in = new BufferedInputStream(raw, 64 * 1024);
        byte[] head = peek(in);
        if (isZip(head)) {
            try (var inArchive = new DatasetGroup(temporaryFolder)) {
                var zip = new ZipInputStream(in);
                try {
                    for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        if (!entry.isDirectory()) {
                            walkEntry(source, entry.getName(), zip, visitor, inArchive);
                        }
                    }
                }
                catch (ZipException | EOFException ex) {
                    throw corrupt("zip archive", ex);
                }
                inArchive.finish(visitor);
            }
        }
        else if (isGzip(head)) {
            var name = source.endsWith(".gz") ? source.substring(0, source.length() - 3)
                    : source.endsWith(".tgz") ? source.substring(0, source.length() - 4) + ".tar" : source;
            try {
                walkStream(name, new GZIPInputStream(in, 64 * 1024), visitor, datasets, folder);
            }
            catch (ZipException | EOFException ex) {
                throw corrupt("gzip data", ex);
            }
        }
        else if (isTar(head)) {
            try (var inArchive = new DatasetGroup(temporaryFolder)) {
                var tar = new TarArchiveInputStream(in);
                try {
                    for (var entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                        if (entry.isSymbolicLink() || entry.isLink()) {
                            visitor.unreadable(source + "!/" + entry.getName(), "a "
                                    + (entry.isSymbolicLink() ? "symbolic" : "hard") + " link to " + entry.getLinkName()
                                    + " in the archive, not followed");
                        }
                        else if (entry.isFile()) {
                            walkEntry(source, entry.getName(), tar, visitor, inArchive);
                        }
                    }
                }
                catch (EOFException ex) {
                    throw corrupt("tar archive", ex);
                }
                inArchive.finish(visitor);
            }
        }
        else if (DatasetTable.recognise(head) != null) {
            datasets.table(folder, source, in);
        }
        else if (!DatasetTable.isCompanion(head)) {
            document(source, in, visitor);
        }
        else {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /**
     * What is wrong with an archive whose format exception says too little (an EOF says nothing at all); other I/O
     * errors, a full disk say, keep their own message.
     */
    private static IOException corrupt(String what, IOException ex) {
        var reason = ex.getMessage() != null && ex.getMessage().startsWith("corrupt ") ? ex.getMessage()
                : "corrupt " + what + ": " + describe(ex);
        return new IOException(reason, ex);
    }

    private static String describe(IOException ex) {
        if (ex instanceof EOFException) {
            return "it ends before its data does (truncated)";
        }
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }

    /** An archive entry: itself an archive, a table or a document; never closes the archive's stream. */
    private void walkEntry(String archive, String entry, InputStream in, Visitor visitor, DatasetGroup datasets)
            throws IOException, InterruptedException {
        int slash = entry.lastIndexOf('/');
        var folder = slash < 0 ? archive : archive + "!/" + entry.substring(0, slash);
        walkStream(archive + "!/" + entry, new NonClosing(in), visitor, datasets, folder);
    }

    private void document(String source, InputStream in, Visitor visitor) throws IOException, InterruptedException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        if (content.length > maxDocumentBytes) {
            in.transferTo(OutputStream.nullOutputStream());
            visitor.unreadable(source, "too large: over the limit of " + maxDocumentBytes + " bytes");
            return;
        }
        visitor.document(new InputDocument(source, content));
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        return head;
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    private static boolean isTar(byte[] head) {
        return head.length >= 262 && Arrays.equals(head, 257, 262, new byte[] {'u', 's', 't', 'a', 'r'}, 0, 5);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            return 0;
        }
    }

    /** Lets a document reader close its view of an archive entry without closing the archive. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    /** Adds what is read from a file to the walker's progress. */
    private static final class Counting extends java.io.FilterInputStream {
        private final AtomicLong counter;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }
}
