package io.insidergraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.insidergraph.graph.WriteBatch.EntityWrite;
import io.insidergraph.graph.WriteBatch.FilingWrite;
import io.insidergraph.graph.WriteBatch.RowWrite;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a {@link WriteBatch} becomes the driver's maps, the rows of the {@code UNWIND} statements in
 * {@code cypher/ingest/}; the key names here are the ones those statements read. Absent values are left out
 * ({@code SET n = row.properties} stores no nulls anyway), except in an entity's header, where a null removes what
 * an older header said.
 */
final class CypherParameters {

    private CypherParameters() {
    }

    static List<Map<String, Object>> entities(List<EntityWrite> entities) {
        return entities.stream().map(CypherParameters::entity).toList();
    }

    static List<Map<String, Object>> filings(WriteBatch batch) {
        return batch.filings().stream().map(CypherParameters::filing).toList();
    }

    static List<Map<String, Object>> securities(WriteBatch batch) {
        return batch.securities().stream().map(s -> Map.<String, Object>of("id", s.id(), "issuerCik", s.issuerCik(),
                "derivative", s.derivative(), "title", s.title())).toList();
    }

    static List<Map<String, Object>> underlyings(WriteBatch batch) {
        return batch.underlyings().stream().map(u -> Map.<String, Object>of("from", u.from(), "to", u.to())).toList();
    }

    static List<Map<String, Object>> footnotes(WriteBatch batch) {
        return batch.footnotes().stream().map(f -> Map.<String, Object>of("accession", f.accession(), "id", f.id(),
                "footnoteId", f.footnoteId(), "text", f.text())).toList();
    }

    static List<Map<String, Object>> rows(List<RowWrite> rows) {
        return rows.stream().map(CypherParameters::row).toList();
    }

    static List<Map<String, Object>> rolePairs(WriteBatch batch) {
        return batch.rolePairs().stream().map(p -> Map.<String, Object>of("owner", p.owner(), "issuer", p.issuer()))
                .toList();
    }

    private static Map<String, Object> entity(EntityWrite e) {
        // HashMap, since the header and ticker may be null: the statement reads a null as "nothing to set"
        var m = new HashMap<String, Object>();
        m.put("cik", e.cik());
        m.put("company", e.company());
        m.put("names", e.names());
        m.put("name", e.name());
        m.put("displayName", e.displayName());
        m.put("nameKey", e.nameKey());
        m.put("tickers", e.tickers());
        m.put("ticker", e.ticker());
        m.put("tickerKey", e.tickerKey());
        @Nullable Map<String, Object> header = null;
        if (e.header() != null) {
            header = new HashMap<>();
            e.header().properties(header::put);
        }
        m.put("header", header);
        m.put("headerKey", e.headerKey());
        return m;
    }

    private static Map<String, Object> filing(FilingWrite f) {
        var owners = f.owners().stream().map(o -> Map.<String, Object>of("cik", o.cik(), "properties",
                present(o::properties))).toList();
        return Map.of("properties", present(f::properties), "issuerCik", f.issuer().cik(),
                "issuer", present(f.issuer()::properties), "owners", owners);
    }

    private static Map<String, Object> row(RowWrite row) {
        var links = row.footnotes().stream().map(l -> Map.<String, Object>of("field", l.field(),
                "footnote", l.footnote())).toList();
        return Map.of("accession", row.accession(), "securityId", row.securityId(), "properties",
                present(row::properties), "footnotes", links);
    }

    /** The properties a record lists, without the absent ones. */
    private static Map<String, Object> present(Consumer<WriteBatch.PropertySink> properties) {
        var map = new HashMap<String, Object>(48);
        properties.accept((name, value) -> {
            if (value != null) {
                map.put(name, value);
            }
        });
        return map;
    }
}
