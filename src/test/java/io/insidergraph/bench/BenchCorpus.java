package io.insidergraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark input: every well-formed file of {@code corpus/MANIFEST.tsv} (test resources), as raw bytes for the
 * parser and as the ownership XML alone for the bare SAX pass. The XML is cut out once: the whole file for bare XML,
 * the content of the {@code <XML>} block holding the ownershipDocument for submissions, whitespace trimmed.
 */
record BenchCorpus(List<String> names, List<byte[]> files, List<byte[]> xmlParts) {

    /** The well-formed files of the manifest; checked when loading. */
    static final int FILINGS = 424;

    static BenchCorpus load() {
        var names = new ArrayList<String>();
        var files = new ArrayList<byte[]>();
        var xmlParts = new ArrayList<byte[]>();
        List<String> manifest = new String(resource("corpus/MANIFEST.tsv"), StandardCharsets.UTF_8).lines().toList();
        for (String line : manifest.subList(1, manifest.size())) {
            String[] columns = line.split("\t", -1);
            if (columns[16].contains("not-wellformed")) {
                continue;
            }
            byte[] content = resource("corpus/filings/" + columns[0]);
            names.add(columns[0]);
            files.add(content);
            xmlParts.add(xmlPart(content));
        }
        if (files.size() != FILINGS) {
            throw new IllegalStateException("expected " + FILINGS + " filings, found " + files.size());
        }
        return new BenchCorpus(names, files, xmlParts);
    }

    private static byte[] xmlPart(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int root = text.indexOf("<ownershipDocument");
        int open = text.lastIndexOf("<XML>", root);
        if (open < 0) {
            return text.strip().getBytes(StandardCharsets.ISO_8859_1);
        }
        int close = text.indexOf("</XML>", root);
        return text.substring(open + "<XML>".length(), close).strip().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] resource(String path) {
        try (InputStream in = BenchCorpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
