package io.insidergraph.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Filings across all filers by filing date, from EDGAR's {@code form.idx} indexes: the quarterly one
 * ({@code full-index}) for each quarter the range covers whole and that has ended, the daily ones
 * ({@code daily-index}) for the rest. Indexes of days and quarters that are over do not change, so they are kept
 * under {@code <out>/.edgar/} and read from there on later runs; today's is always asked for again.
 */
final class FormIndex {

    /**
     * A row: form type, company name, CIK, date filed, file name. Column widths differ between the daily and the
     * quarterly files and over the years, and company names hold runs of spaces, so a row is read from its ends:
     * form types never hold two spaces running, and the last three fields have fixed shapes.
     */
    private static final Pattern ROW = Pattern.compile(
            "^(\\S.*?)\\s{2,}.*?\\s(\\d{1,10})\\s+(\\d{8}|\\d{4}-\\d{2}-\\d{2})\\s+edgar/data/\\d+/(\\d{10}-\\d{2}-\\d{6})\\.txt\\s*$");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final EdgarHttp http;
    private final EdgarProperties properties;
    private final Clock clock;

    FormIndex(EdgarHttp http, EdgarProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * An index that cannot be had is reported in the tally; the others are still read. A daily index may be missing
     * (a holiday, or today's before EDGAR writes it), a past quarter's may not; and when not one daily index of a
     * range with three past weekdays or more is found, the server is not EDGAR's layout (a wrong www-url): market
     * holidays never come three weekdays in a row.
     */
    List<FilingRef> filings(DateRange range, Forms forms, EdgarFolder folder, Tally tally) {
        var refs = new LinkedHashMap<String, FilingRef>();
        int pastDays = 0;
        int daysFound = 0;
        for (var index : IndexPlan.of(range, LocalDate.now(clock))) {
            try {
                var body = read(index, folder);
                body.ifPresent(text -> parse(text, forms, range, refs));
                if (index.quarterly() && body.isEmpty()) {
                    tally.failed(index.archivePath(), "not found (HTTP 404), though every past quarter has an index: "
                            + notEdgar());
                }
                if (!index.quarterly() && index.settled()) {
                    pastDays++;
                    daysFound += body.isPresent() ? 1 : 0;
                }
            }
            catch (EdgarRequestException | UncheckedIOException ex) {
                tally.failed(index.archivePath(), ex.getMessage());
            }
        }
        if (pastDays >= 3 && daysFound == 0) {
            tally.failed("daily indexes " + range.from() + " to " + range.to(), "none of the " + pastDays
                    + " past weekdays has a daily index (HTTP 404): " + notEdgar());
        }
        return List.copyOf(refs.values());
    }

    private String notEdgar() {
        return "is insidergraph.edgar.www-url (" + properties.wwwUrl() + ") EDGAR or a mirror of it?";
    }

    /** Rows of the wanted forms filed within the range, one per accession (a Form 4 is listed once per party). */
    static void parse(String body, Forms forms, DateRange range, Map<String, FilingRef> refs) {
        for (var line : body.split("\r?\n")) {
            var row = ROW.matcher(line);
            if (!row.matches() || !forms.includes(row.group(1))) {
                continue;
            }
            var date = row.group(3);
            var filed = date.length() == 8 ? LocalDate.parse(date, BASIC) : LocalDate.parse(date);
            if (range.contains(filed)) {
                refs.putIfAbsent(row.group(4),
                        new FilingRef(Long.parseLong(row.group(2)), row.group(4), row.group(1).strip(), filed));
            }
        }
    }

    private Optional<String> read(IndexPlan.Index index, EdgarFolder folder) {
        var cached = folder.bookkeeping(index.archivePath());
        if (index.settled() && Files.isRegularFile(cached)) {
            try {
                return Optional.of(Files.readString(cached, StandardCharsets.ISO_8859_1));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot read the kept index " + cached + ": " + ex, ex);
            }
        }
        var body = http.get(properties.www(index.archivePath()));
        if (body.isPresent() && index.settled()) {
            try {
                keep(cached, body.get());
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot keep " + cached + ": " + ex, ex);
            }
        }
        return body.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private static void keep(Path cached, byte[] body) throws IOException {
        Files.createDirectories(cached.getParent());
        var part = cached.resolveSibling(cached.getFileName() + ".part");
        Files.write(part, body);
        Files.move(part, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
