package io.insidergraph.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bulk: the daily feed archives ({@code /Archives/edgar/Feed/YYYY/QTRn/YYYYMMDD.nc.tar.gz}), every submission of a
 * day in one file. Each is streamed to disk whole and checked, then the submissions of the wanted forms are taken
 * out into the usual layout ({@code <cik>/<accession>/<accession>.nc}, under the issuer's CIK). The archive is kept
 * under {@code <out>/.edgar/Feed/}, so a later run with other forms reads it again instead of downloading it again.
 */
final class DailyFeed {

    private static final Pattern ACCESSION = Pattern.compile("<ACCESSION-NUMBER>\\s*(\\d{10}-\\d{2}-\\d{6})");
    private static final Pattern TYPE = Pattern.compile("<TYPE>\\s*([^<\\r\\n]+)");
    private static final Pattern ISSUER_CIK = Pattern.compile("<ISSUER>.*?<CIK>\\s*(\\d{1,10})", Pattern.DOTALL);
    private static final Pattern ANY_CIK = Pattern.compile("<CIK>\\s*(\\d{1,10})");
    /** A compact header ends well within this; the ownership XML follows it. */
    private static final int HEAD = 64 * 1024;

    private final EdgarHttp http;
    private final EdgarProperties properties;
    private final Clock clock;

    DailyFeed(EdgarHttp http, EdgarProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.clock = clock;
    }

    void fetch(DateRange range, Forms forms, EdgarFolder folder, Tally tally) {
        var today = LocalDate.now(clock);
        for (var day = range.from(); !day.isAfter(range.to()) && !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            var path = "/Archives/edgar/Feed" + IndexPlan.quarterPath(day)
                    + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".nc.tar.gz";
            var archive = folder.bookkeeping(path);
            try {
                if (Files.isRegularFile(archive)
                        || http.download(properties.www(path), archive, Completeness::feedArchive)) {
                    extract(archive, forms, folder, tally);
                }
            }
            catch (EdgarRequestException | IOException ex) {
                tally.failed(path, ex.getMessage() == null ? ex.toString() : ex.getMessage());
            }
        }
    }

    private static void extract(Path archive, Forms forms, EdgarFolder folder, Tally tally) throws IOException {
        try (var tar = Completeness.open(Files.newInputStream(archive))) {
            while (tar.getNextEntry() != null) {
                var entry = new BufferedInputStream(tar, HEAD);
                entry.mark(HEAD);
                var head = new String(entry.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
                entry.reset();
                var type = first(TYPE, head);
                var accession = first(ACCESSION, head);
                if (type.isEmpty() || accession.isEmpty() || !forms.includes(type.get())) {
                    continue;
                }
                tally.selected(1);
                var existing = folder.existing(accession.get());
                if (existing.isPresent()) {
                    tally.present(existing.get());
                    continue;
                }
                var cik = first(ISSUER_CIK, head).or(() -> first(ANY_CIK, head)).map(Long::parseLong).orElse(0L);
                var target = folder.fromFeed(cik, accession.get());
                write(entry, target).ifPresentOrElse(problem -> tally.failed(accession.get(), problem), () -> {
                    folder.stored(accession.get(), target);
                    tally.downloaded(target);
                });
            }
        }
    }

    /** The entry to {@code target} by way of a {@code .part} file; why not, when the entry is not whole. */
    private static Optional<String> write(InputStream entry, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        var part = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(entry, part, StandardCopyOption.REPLACE_EXISTING);
        var problem = Completeness.submission(part);
        if (problem.isPresent()) {
            Files.delete(part);
            return problem;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return Optional.empty();
    }

    private static Optional<String> first(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }
}
