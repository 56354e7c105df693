package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Everything a filing states, each part loaded for many filings (or rows) in one statement, so that a page of
 * results costs one query per kind of child, not one per parent.
 */
@Component
public class FilingQueries {

    private static final String FILINGS = CypherResources.load("queries/filings.cypher");
    private static final String OWNERS = CypherResources.load("queries/filing-owners.cypher");
    private static final String TRANSACTIONS = CypherResources.load("queries/filing-transactions.cypher");
    private static final String HOLDINGS = CypherResources.load("queries/filing-holdings.cypher");
    private static final String FOOTNOTES = CypherResources.load("queries/filing-footnotes.cypher");
    private static final String TRANSACTION_FOOTNOTES = CypherResources.load("queries/transaction-footnotes.cypher");
    private static final String HOLDING_FOOTNOTES = CypherResources.load("queries/holding-footnotes.cypher");
    private static final String AMENDS = CypherResources.load("queries/filing-amends.cypher");
    private static final String AMENDED_BY = CypherResources.load("queries/filing-amended-by.cypher");
    private static final String COMPANY_FILINGS = CypherResources.load("queries/company-filings.cypher");
    private static final String COMPANY_FILINGS_COUNT = CypherResources.load("queries/company-filings-count.cypher");

    private final GraphReads reads;

    FilingQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The filings of the accession numbers that exist, by accession number. */
    public Map<String, FilingNode> byAccessions(Collection<String> accessions) {
        if (accessions.isEmpty()) {
            return Map.of();
        }
        return reads.read(FILINGS, Map.of("accessions", List.copyOf(accessions)), result -> {
            var found = new LinkedHashMap<String, FilingNode>();
            result.forEachRemaining(row -> {
                var filing = FilingNode.of(row.get("f"));
                found.put(filing.accessionNumber(), filing);
            });
            return found;
        });
    }

    public Map<String, List<FilingOwner>> owners(Collection<String> accessions) {
        return grouped(OWNERS, Map.of("accessions", List.copyOf(accessions)), "accession", row -> {
            var r = row.get("r").asRelationship();
            return new FilingOwner(Props.entity(row.get("o")), Props.flag(r, "isDirector"), Props.flag(r, "isOfficer"),
                    Props.flag(r, "isTenPercentOwner"), Props.flag(r, "isOther"), Props.string(r, "officerTitle"),
                    Props.string(r, "otherText"));
        });
    }

    public Map<String, List<TransactionNode>> transactions(Collection<String> accessions, boolean derivative) {
        return grouped(TRANSACTIONS, Map.of("accessions", List.copyOf(accessions), "derivative", derivative),
                "accession", row -> TransactionNode.of(row.get("t")));
    }

    public Map<String, List<HoldingNode>> holdings(Collection<String> accessions, boolean derivative) {
        return grouped(HOLDINGS, Map.of("accessions", List.copyOf(accessions), "derivative", derivative),
                "accession", row -> HoldingNode.of(row.get("h")));
    }

    public Map<String, List<FootnoteNode>> footnotes(Collection<String> accessions) {
        return grouped(FOOTNOTES, Map.of("accessions", List.copyOf(accessions)), "accession",
                row -> footnote(row));
    }

    /** The footnotes on the fields of transaction rows, by row id. */
    public Map<String, List<FieldFootnote>> transactionFootnotes(Collection<String> rowIds) {
        return grouped(TRANSACTION_FOOTNOTES, Map.of("ids", List.copyOf(rowIds)), "id",
                row -> new FieldFootnote(row.get("field").asString(), footnote(row)));
    }

    /** The footnotes on the fields of holding rows, by row id. */
    public Map<String, List<FieldFootnote>> holdingFootnotes(Collection<String> rowIds) {
        return grouped(HOLDING_FOOTNOTES, Map.of("ids", List.copyOf(rowIds)), "id",
                row -> new FieldFootnote(row.get("field").asString(), footnote(row)));
    }

    public Map<String, List<FilingNode>> amends(Collection<String> accessions) {
        return grouped(AMENDS, Map.of("accessions", List.copyOf(accessions)), "accession",
                row -> FilingNode.of(row.get("f")));
    }

    public Map<String, List<FilingNode>> amendedBy(Collection<String> accessions) {
        return grouped(AMENDED_BY, Map.of("accessions", List.copyOf(accessions)), "accession",
                row -> FilingNode.of(row.get("f")));
    }

    /** The sort order of a company's filings, as their cursors name it. */
    public static final String FILINGS_ORDER = "FILED";

    /** A page of the filings naming {@code cik} as issuer: what one {@code Company.filings} field asks for. */
    public record CompanyPageRequest(String cik, int first, @Nullable Cursor after) {
    }

    /** For each request, one page of the filings naming its company as issuer, newest first; all in one statement. */
    public Map<CompanyPageRequest, Page<FilingNode>> ofCompanies(Collection<CompanyPageRequest> requests) {
        return KeyedReads.pages(reads, COMPANY_FILINGS, List.copyOf(new LinkedHashSet<>(requests)),
                request -> Props.of("cik", request.cik(),
                        "afterKey", request.after() == null ? null : (long) request.after().key(),
                        "afterId", request.after() == null ? null : request.after().id()),
                CompanyPageRequest::first, (request, row) -> {
                    var filing = FilingNode.of(row.get("node"));
                    return new Page.Row<>(filing, new Cursor(FILINGS_ORDER, row.get("key").asLong(),
                            filing.accessionNumber()));
                });
    }

    /** How many filings name each company as issuer; every CIK asked for gets a count. */
    public Map<String, Long> countsOfCompanies(Collection<String> ciks) {
        return reads.read(COMPANY_FILINGS_COUNT, Map.of("ciks", List.copyOf(ciks)), result -> {
            var counts = new HashMap<String, Long>();
            ciks.forEach(cik -> counts.put(cik, 0L));
            result.forEachRemaining(row -> counts.put(row.get("cik").asString(), row.get("count").asLong()));
            return counts;
        });
    }

    private static FootnoteNode footnote(Record row) {
        var n = row.get("n").asNode();
        return new FootnoteNode(Props.string(n, "footnoteId", ""), Props.string(n, "text", ""));
    }

    private <T> Map<String, List<T>> grouped(String statement, Map<String, Object> params, String key,
            Function<Record, T> mapper) {
        return reads.read(statement, params, result -> {
            var groups = new LinkedHashMap<String, List<T>>();
            result.forEachRemaining(row -> groups.computeIfAbsent(row.get(key).asString(), k -> new ArrayList<>())
                    .add(mapper.apply(row)));
            return groups;
        });
    }
}
