package io.insidergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.insidergraph.dataset.DatasetFiling;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTests {

    @TempDir
    Path temp;

    private final List<String> documents = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    private final InputWalker.Visitor visitor = new InputWalker.Visitor() {
        @Override
        public void document(InputDocument document) {
            documents.add(document.source() + "=" + new String(document.content()));
        }

        @Override
        public void unreadable(String source, String reason) {
            unreadable.add(source + ": " + reason);
        }

        @Override
        public void filing(DatasetFiling filing) {
            documents.add("filing " + filing.filing().accessionNumber() + " from " + filing.filing().source());
        }

        @Override
        public void rejected(Reject reject) {
            unreadable.add(reject.source() + " " + reject.accessionNumber() + ": " + reject.reason());
        }
    };

    @Test
    void archivesAreRecognisedByContentNotByName() throws Exception {
        var zipNamedTxt = temp.resolve("filing.txt");
        try (var zip = new ZipOutputStream(Files.newOutputStream(zipNamedTxt))) {
            zip.putNextEntry(new ZipEntry("inner.xml"));
            zip.write("<a/>".getBytes());
        }
        var gzipWithoutSuffix = temp.resolve("compressed");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipWithoutSuffix))) {
            out.write("<b/>".getBytes());
        }
        var plainNamedZip = Files.writeString(temp.resolve("plain.zip"), "<c/>");

        new InputWalker(1_000, temp).walk(List.of(zipNamedTxt, gzipWithoutSuffix, plainNamedZip), visitor);

        assertThat(documents).containsExactly(zipNamedTxt + "!/inner.xml=<a/>", gzipWithoutSuffix + "=<b/>",
                plainNamedZip + "=<c/>");
        assertThat(unreadable).isEmpty();
    }

    @Test
    void foldersAreWalkedRecursivelyInNameOrderLeavingOutHiddenEntries() throws Exception {
        Files.createDirectories(temp.resolve("b/sub"));
        Files.createDirectories(temp.resolve(".edgar"));
        Files.writeString(temp.resolve(".edgar/form.idx"), "index");
        Files.writeString(temp.resolve("b/.DS_Store"), "finder");
        Files.writeString(temp.resolve("b/sub/2.xml"), "2");
        Files.writeString(temp.resolve("b/1.xml"), "1");
        Files.writeString(temp.resolve("a.xml"), "a");

        new InputWalker(1_000, temp).walk(List.of(temp), visitor);

        assertThat(documents).containsExactly(temp.resolve("a.xml") + "=a", temp.resolve("b/1.xml") + "=1",
                temp.resolve("b/sub/2.xml") + "=2");
    }

    @Test
    void aDocumentOverTheLimitAndAMissingPathAreReportedNotRead() throws Exception {
        var big = Files.writeString(temp.resolve("big.xml"), "x".repeat(101));
        var fits = Files.writeString(temp.resolve("fits.xml"), "y".repeat(100));
        var missing = temp.resolve("missing");
        var walker = new InputWalker(100, temp);

        walker.walk(List.of(big, fits, missing), visitor);

        assertThat(documents).containsExactly(fits + "=" + "y".repeat(100));
        assertThat(unreadable).containsExactly(big + ": too large: over the limit of 100 bytes",
                missing + ": no such file or folder");
        assertThat(walker.bytesRead()).isEqualTo(201);
        assertThat(InputWalker.totalBytes(List.of(temp))).isEqualTo(201);
    }

    @Test
    void hiddenFilesAndFoldersAndPartialDownloadsAreNeitherWalkedNorCountedInTheTotal() throws Exception {
        Files.writeString(temp.resolve("seen.xml"), "z".repeat(10));
        Files.writeString(temp.resolve(".hidden.xml"), "h".repeat(1000));
        Files.writeString(temp.resolve("0001628280-25-025936.txt.part"), "<SEC-DOCUMENT>cut off");
        Files.createDirectories(temp.resolve(".edgar/feed"));
        Files.writeString(temp.resolve(".edgar/feed/20250102.nc.tar.gz"), "t".repeat(5000));
        var walker = new InputWalker(100, temp);

        walker.walk(List.of(temp), visitor);

        assertThat(documents).containsExactly(temp.resolve("seen.xml") + "=" + "z".repeat(10));
        assertThat(walker.bytesRead()).isEqualTo(10);
        assertThat(InputWalker.totalBytes(List.of(temp))).isEqualTo(10);
    }

    @Test
    void aCorruptArchiveIsReportedAndTheWalkGoesOn() throws Exception {
        var corrupt = temp.resolve("broken.tar.gz");
        Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
        var after = Files.writeString(temp.resolve("z-after.xml"), "<z/>");

        new InputWalker(1_000, temp).walk(List.of(corrupt, after), visitor);

        assertThat(unreadable).singleElement().asString().startsWith(corrupt + ": cannot read:");
        assertThat(documents).containsExactly(after + "=<z/>");
    }

    /** Issue 12: a folder holding {@code loop -> .} was read 41 times over, until the path grew too long. */
    @Test
    void aSymlinkLoopIsReadOnceAndNotFollowedBack() throws Exception {
        var folder = Files.createDirectories(temp.resolve("filings"));
        Files.writeString(folder.resolve("a.xml"), "a");
        Files.createSymbolicLink(folder.resolve("loop"), Path.of("."));
        Files.createSymbolicLink(folder.resolve("parent"), Path.of(".."));

        new InputWalker(1_000, temp).walk(List.of(folder), visitor);

        assertThat(documents).containsExactly(folder.resolve("a.xml") + "=a");
        assertThat(unreadable).isEmpty();
    }

    /**
     * A link to a file is read as that file, under the link's name; a link to a folder elsewhere is followed once,
     * and a second link to the same folder is not read again.
     */
    @Test
    void linksToFilesAndToOtherFoldersAreFollowedOnce() throws Exception {
        var elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.xml"), "b");
        var folder = Files.createDirectories(temp.resolve("filings"));
        Files.writeString(temp.resolve("c.xml"), "c");
        Files.createSymbolicLink(folder.resolve("1-linked"), elsewhere);
        Files.createSymbolicLink(folder.resolve("2-again"), elsewhere);
        Files.createSymbolicLink(folder.resolve("3-file.xml"), temp.resolve("c.xml"));

        new InputWalker(1_000, temp).walk(List.of(folder), visitor);

        assertThat(documents).containsExactly(folder.resolve("1-linked/b.xml") + "=b",
                folder.resolve("3-file.xml") + "=c");
    }

    /** Issue 12: a corrupt zip said "cannot read: null" (a truncated archive's EOFException has no message). */
    @Test
    void aTruncatedZipSaysItIsATruncatedZip() throws Exception {
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("form4.xml"));
            zip.write("<ownershipDocument/>".repeat(100).getBytes());
        }
        var truncated = Files.write(temp.resolve("feed.zip"), Arrays.copyOf(zipped.toByteArray(), 60));

        new InputWalker(10_000, temp).walk(List.of(truncated), visitor);

        assertThat(unreadable).containsExactly(truncated + ": cannot read: corrupt zip archive: it ends before its"
                + " data does (truncated)");
        assertThat(documents).isEmpty();
    }

    /** Issue 12: a link member of a tar archive was handed on as an empty document, and rejected as "empty". */
    @Test
    void aTarLinkMemberIsReportedAsALinkNotFollowed() throws Exception {
        var tarFile = temp.resolve("feed.tar");
        try (var tar = new TarArchiveOutputStream(Files.newOutputStream(tarFile))) {
            var form = new TarArchiveEntry("form4.xml");
            byte[] content = "<f/>".getBytes();
            form.setSize(content.length);
            tar.putArchiveEntry(form);
            tar.write(content);
            tar.closeArchiveEntry();
            for (byte kind : new byte[] {TarConstants.LF_SYMLINK, TarConstants.LF_LINK}) {
                var link = new TarArchiveEntry("link-" + kind, kind);
                link.setLinkName("form4.xml");
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
            }
        }

        new InputWalker(1_000, temp).walk(List.of(tarFile), visitor);

        assertThat(documents).containsExactly(tarFile + "!/form4.xml=<f/>");
        assertThat(unreadable).containsExactly(
                tarFile + "!/link-50: a symbolic link to form4.xml in the archive, not followed",
                tarFile + "!/link-49: a hard link to form4.xml in the archive, not followed");
    }
}
