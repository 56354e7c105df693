package io.insidergraph.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The local folder filings are fetched into, laid out as EDGAR lays out its archive:
 * {@code <out>/<cik>/<accession>/<accession>.txt} (or {@code .nc} when taken from a feed archive). Indexes and
 * feed archives are bookkeeping, not filings, and live apart under {@code <out>/.edgar/} in EDGAR's own paths.
 * The folder is the only record of what was fetched: a filing is present when its file is there and complete.
 */
final class EdgarFolder {

    private static final Pattern CIK = Pattern.compile("\\d{1,10}");
    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

    private final Path out;
    private volatile @Nullable Map<String, Path> present;

    EdgarFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    Path root() {
        return out;
    }

    Path submission(FilingRef ref) {
        return out.resolve(Long.toString(ref.cik())).resolve(ref.accession()).resolve(ref.accession() + ".txt");
    }

    Path fromFeed(long cik, String accession) {
        return out.resolve(Long.toString(cik)).resolve(accession).resolve(accession + ".nc");
    }

    /** Where the Form 345 data set of a quarter is kept: {@code <out>/datasets/2024q3_form345.zip}. */
    Path dataset(Quarter quarter) {
        return out.resolve("datasets").resolve(quarter.fileName());
    }

    /** Where the server's validators of a kept data set are, beside the bookkeeping, out of the way of ingest. */
    Path datasetValidators(Quarter quarter) {
        return out.resolve(".edgar").resolve("datasets").resolve(quarter.fileName() + ".validators");
    }

    /** Where a copy of {@code /Archives/edgar/<rest>} is kept, e.g. a daily index or a feed archive. */
    Path bookkeeping(String archivePath) {
        return out.resolve(".edgar").resolve(archivePath.replaceFirst("^/Archives/edgar/", ""));
    }

    /**
     * The complete file of this filing already in the folder, under any CIK: EDGAR lists a Form 4 under the issuer
     * and each owner, and a filing fetched by one of them must not be fetched again by another.
     */
    Optional<Path> existing(String accession) {
        var file = present().get(accession);
        try {
            return file != null && Files.isRegularFile(file) && Completeness.submission(file).isEmpty()
                    ? Optional.of(file) : Optional.empty();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    void stored(String accession, Path file) {
        present().put(accession, file);
    }

    private Map<String, Path> present() {
        var map = present;
        if (map == null) {
            synchronized (this) {
                map = present;
                if (map == null) {
                    map = scan();
                    present = map;
                }
            }
        }
        return map;
    }

    /** Reads folder names only (two levels), so it stays quick for a folder of a quarter of all filings. */
    private Map<String, Path> scan() {
        var found = new ConcurrentHashMap<String, Path>();
        if (!Files.isDirectory(out)) {
            return found;
        }
        try (DirectoryStream<Path> ciks = Files.newDirectoryStream(out, p -> CIK.matcher(name(p)).matches())) {
            for (var cik : ciks) {
                try (DirectoryStream<Path> accessions = Files.newDirectoryStream(cik,
                        p -> ACCESSION.matcher(name(p)).matches())) {
                    for (var folder : accessions) {
                        var accession = name(folder);
                        for (var suffix : new String[] {".txt", ".nc"}) {
                            var file = folder.resolve(accession + suffix);
                            if (Files.isRegularFile(file)) {
                                found.putIfAbsent(accession, file);
                            }
                        }
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + out, ex);
        }
        return found;
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }
}
