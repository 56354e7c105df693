package io.insidergraph.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shared corpus as copied into test resources ({@code corpus/filings}, {@code corpus/MANIFEST.tsv}; see
 * {@code src/test/resources/SOURCES.md}), plus other fixtures, read from the classpath.
 */
final class Corpus {

    /** One row of MANIFEST.tsv: what the corpus curators counted in each file. */
    record Entry(String file, String repo, String formType, String schemaVersion, String issuerCik, int owners,
            int nonDerivativeTransactions, int derivativeTransactions, String kind, String accession,
            int nonDerivativeHoldings, int derivativeHoldings, String sha256, Set<String> flags) {

        String source() {
            return "corpus/filings/" + file;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private Corpus() {
    }

    static List<Entry> manifest() {
        var entries = new ArrayList<Entry>();
        List<String> lines = new String(resource("corpus/MANIFEST.tsv"), StandardCharsets.UTF_8).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            entries.add(new Entry(c[0], c[1], c[4], c[5], c[6], Integer.parseInt(c[7]), Integer.parseInt(c[8]),
                    Integer.parseInt(c[9]), c[10], c[11], Integer.parseInt(c[12]), Integer.parseInt(c[13]), c[14],
                    c[16].isEmpty() ? Set.of() : Set.of(c[16].split(","))));
        }
        return entries;
    }

    static byte[] filing(String file) {
        return resource("corpus/filings/" + file);
    }

    static byte[] resource(String path) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OwnershipFiling parse(String file) throws FilingParseException {
        return new FilingParser().parse("corpus/filings/" + file, filing(file));
    }
}
