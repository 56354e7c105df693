package io.insidergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingParser;

/**
 * The real corpus (src/test/resources/corpus/filings) repeated as many times as a benchmark needs: copy {@code k}
 * of each filing gets a fresh accession number and every CIK it names shifted by {@code k × 3,000,000} (real CIKs
 * stay below 3,000,000), so each copy is a disjoint replica of the corpus graph with the same shape: same owners
 * per filing, rows per filing, interlocks and footnotes. Copy 0 is the corpus itself.
 */
public final class SyntheticFilings {

    private static final long CIK_OFFSET = 3_000_000L;
    private static final Pattern CIK_FIELD = Pattern.compile(
            "(<issuerCik>\\s*|<rptOwnerCik>\\s*|CENTRAL INDEX KEY:\\s*|<CIK>\\s*)(\\d{1,10})");

    /** One corpus filing, ready to be copied. */
    private record Template(String name, String text, String accession) {
    }

    private final List<Template> templates;

    private SyntheticFilings(List<Template> templates) {
        this.templates = templates;
    }

    /** The corpus filings that parse (the one broken file is left out). */
    public static SyntheticFilings fromCorpus(Path corpus) {
        var parser = new FilingParser();
        var templates = new ArrayList<Template>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    var filing = parser.parse(file.toString(), bytes);
                    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                        continue;
                    }
                    templates.add(new Template(file.getFileName().toString(),
                            new String(bytes, StandardCharsets.ISO_8859_1), filing.accessionNumber()));
                }
                catch (FilingParseException ex) {
                    // a truly broken corpus file: not a template
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new SyntheticFilings(templates);
    }

    public int templateCount() {
        return templates.size();
    }

    /** Filing {@code n} of the endless sequence: template {@code n % size}, copy {@code n / size}. */
    public Document document(long n) {
        var template = templates.get((int) (n % templates.size()));
        long copy = n / templates.size();
        var accession = String.format("%010d-%02d-%06d", 9_000_000_000L + copy, 99, n % templates.size());
        var text = template.text();
        if (!template.accession().startsWith("hash-")) {
            text = text.replace(template.accession(), accession)
                    .replace(template.accession().replace("-", ""), accession.replace("-", ""));
        }
        if (copy > 0) {
            text = shiftCiks(text, copy * CIK_OFFSET);
        }
        return new Document(accession + "/" + template.name(), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes filings {@code 0 .. count-1} as files under {@code dir}, laid out as {@code <accession>/<name>}. */
    public List<Path> writeTo(Path dir, long count) throws IOException {
        var written = new ArrayList<Path>();
        var folders = new LinkedHashSet<Path>();
        for (long n = 0; n < count; n++) {
            var document = document(n);
            var file = dir.resolve(document.name());
            if (folders.add(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, document.content());
            written.add(file);
        }
        return written;
    }

    private static String shiftCiks(String text, long offset) {
        Matcher matcher = CIK_FIELD.matcher(text);
        var out = new StringBuilder(text.length() + 64);
        while (matcher.find()) {
            long cik = Long.parseLong(matcher.group(2)) + offset;
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + String.format("%010d", cik)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A generated filing: its path relative to the output folder, and its bytes. */
    public record Document(String name, byte[] content) {
    }
}
