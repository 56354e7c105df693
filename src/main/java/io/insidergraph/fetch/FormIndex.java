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

    /** An index that cannot be had is reported in the tally; the others are still read. */
    List<FilingRef> filings(DateRange range, Forms forms, EdgarFolder folder, Tally tally) {
        var refs = new LinkedHashMap<String, FilingRef>();
        for (var index : IndexPlan.of(range, LocalDate.now(clock))) {
            try {
                read(index, folder).ifPresent(body -> parse(body, forms, range, refs));
            }
            catch (EdgarRequestException | UncheckedIOException ex) {
                tally.failed(index.archivePath(), ex.getMessage());
            }
        }
        return List.copyOf(refs.values());
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
        try {
            if (index.settled() && Files.isRegularFile(cached)) {
                return Optional.of(Files.readString(cached, StandardCharsets.ISO_8859_1));
            }
            var body = http.get(properties.www(index.archivePath()));
            if (body.isPresent() && index.settled()) {
                keep(cached, body.get());
            }
            return body.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot keep " + cached, ex);
        }
    }

    private static void keep(Path cached, byte[] body) throws IOException {
        Files.createDirectories(cached.getParent());
        var part = cached.resolveSibling(cached.getFileName() + ".part");
        Files.write(part, body);
        Files.move(part, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
