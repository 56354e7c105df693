package io.insidergraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Transactions matching a filter, one keyset page at a time in a stable order, and their count, for many filters
 * at once (one per parent of a GraphQL list). Each statement starts from the owner or the issuer when the filter
 * names one, since either has far fewer rows than the whole; filters that start at the same place share one
 * statement.
 */
@Component
public class TransactionQueries {

    /** A page of the transactions matching {@code filter}: what one transactions field asks for. */
    public record PageRequest(TransactionFilter filter, TransactionOrder order, int first, @Nullable Cursor after) {
    }

    private final GraphReads reads;

    TransactionQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** A page for each request: one statement per {@link Start} among them. */
    public Map<PageRequest, Page<TransactionNode>> pages(Collection<PageRequest> requests) {
        var pages = new HashMap<PageRequest, Page<TransactionNode>>();
        byStart(requests, PageRequest::filter).forEach((start, group) -> pages.putAll(KeyedReads.pages(reads,
                start.page, group, TransactionQueries::parameters, PageRequest::first, (request, row) -> {
                    var transaction = TransactionNode.of(row.get("node"));
                    return new Page.Row<>(transaction, new Cursor(request.order().name(), row.get("key").asDouble(),
                            transaction.id()));
                })));
        return pages;
    }

    /** The count for each filter: one statement per {@link Start} among them. */
    public Map<TransactionFilter, Long> counts(Collection<TransactionFilter> filters) {
        var counts = new HashMap<TransactionFilter, Long>();
        byStart(filters, filter -> filter).forEach((start, group) -> counts.putAll(KeyedReads.counts(reads, start.count,
                group, TransactionQueries::parameters)));
        return counts;
    }

    /** Where the statements for a filter start: at the owner or the issuer when it names one, else at all rows. */
    private enum Start {
        OWNER("transactions-by-owner"), ISSUER("transactions-by-issuer"), ALL("transactions-all");

        final String page;
        final String count;

        Start(String name) {
            this.page = CypherResources.load("queries/" + name + ".cypher");
            this.count = CypherResources.load("queries/" + name + "-count.cypher");
        }

        static Start of(TransactionFilter filter) {
            return filter.ownerCik() != null ? OWNER : filter.issuerCik() != null ? ISSUER : ALL;
        }
    }

    private static <K> Map<Start, List<K>> byStart(Collection<K> keys, Function<K, TransactionFilter> filter) {
        return keys.stream().distinct().collect(Collectors.groupingBy(key -> Start.of(filter.apply(key))));
    }

    private static Map<String, @Nullable Object> parameters(PageRequest request) {
        var params = parameters(request.filter());
        params.put("byValue", request.order() == TransactionOrder.VALUE);
        var after = request.after();
        var tie = after == null ? null : Tie.of(after.id());
        params.put("afterKey", after == null ? null : after.key());
        params.put("afterAccession", tie == null ? null : tie.accession());
        params.put("afterTable", tie == null ? null : tie.table());
        params.put("afterPosition", tie == null ? null : tie.position());
        return params;
    }

    /**
     * What breaks ties between rows of one sort key, as the statements order them: the accession, the table (0
     * non-derivative, 1 derivative) and the position, read from a transaction id, {@code accession:T:N|D:position}
     * (see {@code BatchParameters.rowId}). Cursors written before ties were broken this way carry the same ids, so
     * they still name their row.
     */
    private record Tie(String accession, int table, long position) {

        static Tie of(String id) {
            var parts = id.split(":");
            try {
                if (parts.length == 4 && parts[1].equals("T") && parts[2].matches("[ND]")) {
                    return new Tie(parts[0], parts[2].equals("D") ? 1 : 0, Long.parseLong(parts[3]));
                }
            }
            catch (NumberFormatException ex) {
                // refused below
            }
            throw new InvalidQueryException("after: this cursor does not name a transaction");
        }
    }

    private static Map<String, @Nullable Object> parameters(TransactionFilter filter) {
        return Props.of("issuerCik", filter.issuerCik(), "ownerCik", filter.ownerCik(), "codes", filter.codes(),
                "from", filter.from(), "to", filter.to(), "derivative", filter.derivative(),
                "minValue", filter.minValue());
    }
}
