package io.insidergraph.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A filer's filings from the SEC's submissions JSON ({@code /submissions/CIK##########.json}): the latest thousand
 * or so in {@code filings.recent}, older ones in the pages that {@code filings.files} names. Works for a company
 * (the filings about it) and for a person (the filings they made) alike.
 */
final class Submissions {

    private final EdgarHttp http;
    private final EdgarProperties properties;
    private final JsonMapper json;

    Submissions(EdgarHttp http, EdgarProperties properties, JsonMapper json) {
        this.http = http;
        this.properties = properties;
        this.json = json;
    }

    List<FilingRef> filings(long cik, Forms forms, @Nullable DateRange range) {
        var uri = properties.data("/submissions/CIK%010d.json".formatted(cik));
        var body = http.get(uri).orElseThrow(() -> new EdgarRequestException("EDGAR has no filer with CIK " + cik
                + " (" + uri + " not found)"));
        var filings = json.readTree(body).path("filings");
        var refs = new ArrayList<FilingRef>();
        collect(cik, filings.path("recent"), forms, range, refs);
        for (var page : filings.path("files")) {
            if (range == null || overlaps(page, range)) {
                var pageUri = properties.data("/submissions/" + page.path("name").asString());
                var pageBody = http.get(pageUri).orElseThrow(() -> new EdgarRequestException(pageUri + " not found"));
                collect(cik, json.readTree(pageBody), forms, range, refs);
            }
        }
        return refs;
    }

    /** A page of older filings holds the same parallel arrays as {@code filings.recent}. */
    private static void collect(long cik, JsonNode columns, Forms forms, @Nullable DateRange range,
            List<FilingRef> refs) {
        var accessions = columns.path("accessionNumber");
        var formTypes = columns.path("form");
        var dates = columns.path("filingDate");
        for (int i = 0; i < accessions.size(); i++) {
            var form = formTypes.path(i).asString();
            var filed = LocalDate.parse(dates.path(i).asString());
            if (forms.includes(form) && (range == null || range.contains(filed))) {
                refs.add(new FilingRef(cik, accessions.path(i).asString(), form, filed));
            }
        }
    }

    private static boolean overlaps(JsonNode page, DateRange range) {
        var from = page.path("filingFrom").asString("");
        var to = page.path("filingTo").asString("");
        if (from.isEmpty() || to.isEmpty()) {
            return true;
        }
        return !LocalDate.parse(to).isBefore(range.from()) && !LocalDate.parse(from).isAfter(range.to());
    }
}
