package io.insidergraph.graph;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import io.insidergraph.filing.Envelope;
import io.insidergraph.graph.WriteBatchBuilder.FilingRecords;
import org.jspecify.annotations.Nullable;

/**
 * What one copy of a filing holds, field by field, in the terms of the graph: what a writer stores for it, or has
 * stored. Two copies of one accession number are compared through this, whether both are new or one is in the
 * graph already, so the graph holds the same copy whatever the order of arrival ({@link CopyRank}) and a conflict
 * names the fields that differ.
 * <p>
 * Field names: the filing's own properties by name ({@code remarks}); {@code issuer.cik} and what the filing says
 * of its issuer ({@code issuer.name}); {@code owners} (the owners' CIKs) and {@code owner[cik].isDirector};
 * {@code transactions} (the row ids without the accession number) and {@code transaction[T:N:0].shares}, the same
 * for holdings; {@code footnotes} and {@code footnote[F1]} (its text). Left out: what says which copy this is
 * ({@code source}, {@code sha256}, {@code envelope}, ...) and what is derived from other fields.
 *
 * @param fields every stated field with its value (lists as lists)
 * @param items the owners, rows and footnotes this copy has ({@code owner[cik]}, {@code transaction[T:N:0]}, ...)
 * @param defects flaws the parser lets through: footnote references that name no footnote of the filing, rows
 *        without a security title
 */
record CopyContent(String accession, String source, String sha256, Envelope envelope, boolean hasHeader,
        SortedMap<String, Object> fields, Set<String> items, int defects) {

    /** Properties that tell copies apart rather than describe the filing, or repeat another field. */
    private static final Set<String> NOT_COMPARED = Set.of("accessionNumber", "accessionSource", "sha256", "source",
            "envelope", "hasHeader", "issuerCik", "baseFormType", "amendment", "id", "value");

    /** What only a copy with an SGML header states; not a conflict when the other copy has none. */
    private static final Set<String> HEADER_ONLY = Set.of("filedAt", "acceptedAt", "organization", "sic",
            "sicDescription", "stateOfIncorporation", "fiscalYearEnd", "irsNumber", "businessPhone",
            "businessAddress", "mailAddress", "formerNames", "formerNameDates");

    /** What only an XML copy states, not a copy from the SEC's data sets; not a conflict between the two. */
    private static final Set<String> XML_ONLY;

    static {
        var xmlOnly = new HashSet<>(HEADER_ONLY);
        xmlOnly.add("schemaVersion");
        XML_ONLY = Set.copyOf(xmlOnly);
    }

    private static final int SHOWN_VALUE_LENGTH = 80;

    /** The content of a copy about to be written. */
    static CopyContent of(FilingRecords records) {
        var filing = records.filing();
        var content = new Builder();
        filing.properties(content::put);
        content.put("issuer.cik", filing.issuer().cik());
        filing.issuer().properties((name, value) -> content.put("issuer." + name, value));
        for (var owner : filing.owners()) {
            var item = content.item("owners", "owner[" + owner.cik() + "]");
            owner.properties((name, value) -> content.put(item + "." + name, value));
        }
        var footnoteIds = new TreeSet<String>();
        for (var footnote : records.footnotes()) {
            footnoteIds.add(footnote.footnoteId());
            content.put(content.item("footnotes", "footnote[" + footnote.footnoteId() + "]"), footnote.text());
        }
        var prefix = filing.accessionNumber() + ":";
        content.rows("transaction", records.transactions(), prefix, footnoteIds);
        content.rows("holding", records.holdings(), prefix, footnoteIds);
        return content.build(filing.accessionNumber(), filing.source(), filing.sha256(),
                Envelope.valueOf(filing.envelope()), filing.hasHeader());
    }

    /**
     * The content of a stored copy, from the rows of {@code 11-stored-copies.cypher}: {@code filing} and
     * {@code issuer} are property maps, {@code owners} maps of {@code cik} and {@code properties}, {@code rows}
     * maps of {@code kind} (T or H), {@code properties} and {@code links} ({@code field=<accession>:<F1>}),
     * {@code footnotes} maps of {@code footnoteId} and {@code text}.
     */
    @SuppressWarnings("unchecked")
    static CopyContent ofStored(Map<String, Object> stored) {
        var filing = (Map<String, Object>) stored.get("filing");
        var accession = (String) filing.get("accessionNumber");
        var prefix = accession + ":";
        var content = new Builder();
        filing.forEach(content::put);
        content.put("issuer.cik", stored.get("issuerCik"));
        ((Map<String, Object>) stored.get("issuer")).forEach((name, value) -> content.put("issuer." + name, value));
        for (var owner : (List<Map<String, Object>>) stored.get("owners")) {
            var item = content.item("owners", "owner[" + owner.get("cik") + "]");
            ((Map<String, Object>) owner.get("properties")).forEach((name, value) -> content.put(item + "." + name,
                    value));
        }
        var footnoteIds = new TreeSet<String>();
        for (var footnote : (List<Map<String, Object>>) stored.get("footnotes")) {
            var footnoteId = (String) footnote.get("footnoteId");
            footnoteIds.add(footnoteId);
            content.put(content.item("footnotes", "footnote[" + footnoteId + "]"), footnote.get("text"));
        }
        for (var row : (List<Map<String, Object>>) stored.get("rows")) {
            var properties = (Map<String, Object>) row.get("properties");
            var kind = "T".equals(row.get("kind")) ? "transaction" : "holding";
            var item = content.item(kind + "s", kind + "[" + ((String) properties.get("id")).substring(prefix.length())
                    + "]");
            properties.forEach((name, value) -> content.put(item + "." + name, value));
            var links = new TreeSet<String>();
            for (var link : (List<String>) row.get("links")) {
                links.add(link.replace("=" + prefix, "="));
            }
            content.put(item + ".footnoteLinks", List.copyOf(links));
            content.defects(strings(properties.get("footnoteIds")), footnoteIds,
                    properties.get("securityTitle") == null);
        }
        return content.build(accession, (String) filing.get("source"), (String) filing.get("sha256"),
                Envelope.valueOf((String) filing.get("envelope")), Boolean.TRUE.equals(filing.get("hasHeader")));
    }

    /** How many fields this copy states: the more, the more it says. */
    int stated() {
        return fields.size();
    }

    /**
     * The fields this copy and another of the same accession state differently, leaving out what only the richer
     * kind of copy can state (a header's data against a copy without a header, an XML copy's against a data-set
     * copy's). A row, owner or footnote that only one copy has is one difference (of {@code transactions},
     * {@code owners}, ...), not one per field of it. Empty when the copies hold the same filing.
     */
    List<CopyConflict.FieldDifference> differences(CopyContent other) {
        Set<String> explained = envelope == Envelope.DATASET || other.envelope == Envelope.DATASET ? XML_ONLY
                : hasHeader != other.hasHeader ? HEADER_ONLY : Set.of();
        var names = new TreeSet<>(fields.keySet());
        names.addAll(other.fields.keySet());
        var differences = new ArrayList<CopyConflict.FieldDifference>();
        for (var name : names) {
            var item = name.contains("].") ? name.substring(0, name.indexOf("].") + 1) : name;
            boolean ofOneSidedItem = item.endsWith("]") && !(items.contains(item) && other.items.contains(item));
            var mine = fields.get(name);
            var theirs = other.fields.get(name);
            if (!ofOneSidedItem && !explained.contains(name.substring(name.lastIndexOf('.') + 1))
                    && !Objects.equals(mine, theirs) && !(envelope == Envelope.DATASET ? saysLess(mine, theirs)
                            : other.envelope == Envelope.DATASET && saysLess(theirs, mine))) {
                differences.add(new CopyConflict.FieldDifference(name, shown(mine), shown(theirs)));
            }
        }
        return differences;
    }

    /**
     * Whether a data-set copy's value is the XML copy's, as the data sets can state it: absent (a column the
     * quarter lacks, such as {@code AFF10B5ONE} before it was added) or a number cut to fewer decimal places
     * ({@code 0.33} for the XML's {@code 0.3341}; the real 2024 Q3 tables round prices so).
     */
    private static boolean saysLess(@Nullable Object dataset, @Nullable Object xml) {
        if (dataset == null) {
            return true;
        }
        if (dataset instanceof Number cut && xml instanceof Number full && !(cut instanceof Long)) {
            var shorter = new BigDecimal(cut.toString()).stripTrailingZeros();
            var longer = new BigDecimal(full.toString());
            return shorter.scale() < longer.stripTrailingZeros().scale()
                    && longer.setScale(Math.max(shorter.scale(), 0), RoundingMode.HALF_UP).compareTo(shorter) == 0;
        }
        return false;
    }

    private static @Nullable String shown(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        var text = value.toString();
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "... ("
                + text.length() + " characters)";
    }

    private static List<String> strings(@Nullable Object value) {
        var list = new ArrayList<String>();
        if (value instanceof List<?> values) {
            values.forEach(v -> list.add(String.valueOf(v)));
        }
        else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(String.valueOf(Array.get(value, i)));
            }
        }
        return list;
    }

    /** Collects fields; values are normalised so that a stored and a new copy of one filing compare equal. */
    private static final class Builder {

        final SortedMap<String, Object> fields = new TreeMap<>();
        final Set<String> items = new HashSet<>();
        final SortedMap<String, TreeSet<String>> lists = new TreeMap<>();
        int defects;

        void put(String name, @Nullable Object value) {
            var last = name.substring(name.lastIndexOf('.') + 1);
            if (value != null && !NOT_COMPARED.contains(last)) {
                fields.put(name, normalised(value));
            }
        }

        String item(String list, String item) {
            items.add(item);
            lists.computeIfAbsent(list, l -> new TreeSet<>()).add(item.substring(item.indexOf('[') + 1,
                    item.length() - 1));
            return item;
        }

        void rows(String kind, List<WriteBatch.RowWrite> rows, String prefix, Set<String> footnoteIds) {
            for (var row : rows) {
                var item = item(kind + "s", kind + "[" + row.id().substring(prefix.length()) + "]");
                row.properties((name, value) -> put(item + "." + name, value));
                var links = new TreeSet<String>();
                for (var link : row.footnotes()) {
                    var footnoteId = link.footnote().substring(prefix.length());
                    if (footnoteIds.contains(footnoteId)) {
                        links.add(link.field() + "=" + footnoteId);
                    }
                }
                put(item + ".footnoteLinks", List.copyOf(links));
                defects(row.row().footnoteIds(), footnoteIds, row.row().securityTitle().value() == null);
            }
        }

        void defects(List<String> referenced, Set<String> footnoteIds, boolean untitled) {
            for (var id : referenced) {
                if (!footnoteIds.contains(id)) {
                    defects++;
                }
            }
            if (untitled) {
                defects++;
            }
        }

        CopyContent build(String accession, String source, String sha256, Envelope envelope, boolean hasHeader) {
            lists.forEach((name, values) -> fields.put(name, List.copyOf(values)));
            return new CopyContent(accession, source, sha256, envelope, hasHeader, fields, Set.copyOf(items),
                    defects);
        }

        private static Object normalised(Object value) {
            if (value instanceof List<?> || value.getClass().isArray()) {
                return strings(value);
            }
            if (value instanceof Integer number) {
                return number.longValue();
            }
            return value;
        }
    }
}
