package io.insidergraph.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import org.jspecify.annotations.Nullable;

/**
 * The SEC's Form 345 data sets, one zip per quarter: each quarter's address is read from the SEC's index page
 * ({@link DatasetIndex}), and each selected zip downloaded to {@code <out>/datasets/} through the same client, rate
 * limit and retries as every other request. A zip already in the folder is asked for again with the validators the
 * server gave for it (ETag, Last-Modified), so a re-run downloads only what is missing or has changed since (the SEC
 * revises past quarters); a download is kept only once it checks out as a whole zip ({@link Completeness#zipArchive}),
 * so a cut-off or corrupt zip is fetched again, by the retry loop or by the next run.
 */
final class DatasetDownloads {

    private final EdgarHttp http;
    private final EdgarProperties properties;
    private final Clock clock;

    DatasetDownloads(EdgarHttp http, EdgarProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.clock = clock;
    }

    void fetch(DatasetSelection selection, EdgarFolder folder, Tally tally) {
        var page = properties.www(DatasetIndex.PAGE);
        NavigableMap<Quarter, java.net.URI> listed;
        try {
            var html = http.get(page);
            if (html.isEmpty()) {
                tally.failed(page.toString(), "the SEC's index of Form 345 data sets is not there (HTTP 404)");
                return;
            }
            listed = DatasetIndex.parse(page, html.get(), properties);
        }
        catch (EdgarRequestException ex) {
            tally.failed(page.toString(), ex.getMessage());
            return;
        }
        if (listed.isEmpty()) {
            tally.failed(page.toString(), "the page links to no Form 345 data set (YYYYqN_form345.zip): has it moved?");
            return;
        }
        for (var quarter : wanted(selection, listed, tally)) {
            fetch(quarter, listed.get(quarter), folder, tally);
        }
    }

    /** The quarters to fetch; a past quarter in the range that the page does not list is a failure. */
    private List<Quarter> wanted(DatasetSelection selection, NavigableMap<Quarter, java.net.URI> listed,
            Tally tally) {
        if (selection.latest()) {
            return List.of(listed.lastKey());
        }
        var today = LocalDate.now(clock);
        var current = Quarter.of(today);
        var from = selection.from() != null ? selection.from() : Quarter.FIRST;
        var to = selection.to() != null ? selection.to() : current;
        var quarters = new ArrayList<Quarter>();
        for (var quarter = from; quarter.compareTo(to) <= 0; quarter = quarter.next()) {
            if (listed.containsKey(quarter)) {
                quarters.add(quarter);
            }
            else if (quarter.compareTo(current) < 0 && quarter.compareTo(listed.lastKey()) < 0) {
                tally.failed(quarter.toString(), "not on the SEC's index page of Form 345 data sets");
            }
            // a quarter after the newest listed one is not published yet: the daily fetch covers its days
        }
        return quarters;
    }

    private void fetch(Quarter quarter, java.net.URI uri, EdgarFolder folder, Tally tally) {
        tally.selected(1);
        var target = folder.dataset(quarter);
        var validatorsFile = folder.datasetValidators(quarter);
        try {
            var known = Files.isRegularFile(target) && Completeness.zipArchive(target).isEmpty()
                    ? readValidators(validatorsFile) : EdgarHttp.Validators.NONE;
            var result = http.downloadIfChanged(uri, target, Completeness::zipArchive, known);
            switch (result.outcome()) {
                case DOWNLOADED -> {
                    writeValidators(validatorsFile, result.validators());
                    tally.downloaded(target);
                }
                case UNCHANGED -> tally.present(target);
                case NOT_FOUND -> tally.failed(quarter.toString(), "not found: " + uri);
            }
        }
        catch (EdgarRequestException | IOException ex) {
            tally.failed(quarter.toString(), ex.getMessage() == null ? ex.toString() : ex.getMessage());
        }
    }

    /** The validators saved with the copy; none when there are none, so that the copy is fetched whole again. */
    private static EdgarHttp.Validators readValidators(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return EdgarHttp.Validators.NONE;
        }
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return new EdgarHttp.Validators(value(lines, "ETag: "), value(lines, "Last-Modified: "));
    }

    private static void writeValidators(Path file, EdgarHttp.Validators validators) throws IOException {
        Files.createDirectories(file.getParent());
        var text = new StringBuilder();
        if (validators.etag() != null) {
            text.append("ETag: ").append(validators.etag()).append('\n');
        }
        if (validators.lastModified() != null) {
            text.append("Last-Modified: ").append(validators.lastModified()).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static @Nullable String value(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .findFirst().orElse(null);
    }
}
