package io.insidergraph.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Whether a downloaded file is whole. A transport can end a body early without saying so (a proxy, a connection
 * closed without a length), so each kind of file is checked for its own end before it is kept.
 */
final class Completeness {

    /** The last lines of a complete submission: the full text, an old PEM-wrapped one, or a compact feed one. */
    private static final List<String> SUBMISSION_ENDS =
            List.of("</SEC-DOCUMENT>", "-----END PRIVACY-ENHANCED MESSAGE-----", "</SUBMISSION>");

    private static final int TAIL = 4096;

    private Completeness() {
    }

    /** Why {@code file} is not complete, or empty when it is. */
    @FunctionalInterface
    interface Check {
        Optional<String> problem(Path file) throws IOException;
    }

    static Optional<String> submission(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return Optional.of("empty file");
        }
        var tail = new byte[(int) Math.min(size, TAIL)];
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(size - tail.length);
            in.readFully(tail);
        }
        var text = new String(tail, StandardCharsets.ISO_8859_1).stripTrailing();
        return SUBMISSION_ENDS.stream().anyMatch(text::endsWith) ? Optional.empty()
                : Optional.of("does not end like a complete EDGAR submission (no closing </SEC-DOCUMENT>)");
    }

    /** A feed archive is whole when its gzip stream decodes to the end and the tar inside reads to its end. */
    static Optional<String> feedArchive(Path file) throws IOException {
        try (var tar = open(Files.newInputStream(file))) {
            while (tar.getNextEntry() != null) {
                tar.transferTo(OutputStream.nullOutputStream());
            }
            return Optional.empty();
        }
        catch (IOException ex) {
            return Optional.of("archive does not decode to its end: " + ex.getMessage());
        }
    }

    /**
     * A zip is whole when its central directory is there (a cut-off download lacks it) and every entry inflates to
     * the length and CRC its header records.
     */
    static Optional<String> zipArchive(Path file) throws IOException {
        int entries;
        try (var zip = new ZipFile(file.toFile())) {
            entries = zip.size();
        }
        catch (ZipException ex) {
            return Optional.of("not a whole zip archive: " + ex.getMessage());
        }
        if (entries == 0) {
            return Optional.of("an empty zip archive");
        }
        try (var zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (zip.getNextEntry() != null) {
                zip.transferTo(OutputStream.nullOutputStream());
            }
            return Optional.empty();
        }
        catch (ZipException | java.io.EOFException ex) {
            return Optional.of("zip archive does not inflate to its end: " + ex.getMessage());
        }
    }

    static TarArchiveInputStream open(InputStream gzipped) throws IOException {
        return new TarArchiveInputStream(GzipCompressorInputStream.builder()
                .setInputStream(new BufferedInputStream(gzipped, 1 << 16))
                .setDecompressConcatenated(true)
                .get());
    }
}
