package io.insidergraph.graph;

import java.util.Map;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Transactions matching a filter, one keyset page at a time in a stable order, and their count. The statement
 * starts from the owner or the issuer when the filter names one, since either has far fewer rows than the whole.
 */
@Component
public class TransactionQueries {

    private static final String ALL = CypherResources.load("queries/transactions-all.cypher");
    private static final String BY_ISSUER = CypherResources.load("queries/transactions-by-issuer.cypher");
    private static final String BY_OWNER = CypherResources.load("queries/transactions-by-owner.cypher");
    private static final String ALL_COUNT = CypherResources.load("queries/transactions-all-count.cypher");
    private static final String BY_ISSUER_COUNT = CypherResources.load("queries/transactions-by-issuer-count.cypher");
    private static final String BY_OWNER_COUNT = CypherResources.load("queries/transactions-by-owner-count.cypher");

    private final GraphReads reads;

    TransactionQueries(GraphReads reads) {
        this.reads = reads;
    }

    public Page<TransactionNode> page(TransactionFilter filter, TransactionOrder order, int first,
            @Nullable Cursor after) {
        var params = parameters(filter);
        params.put("byValue", order == TransactionOrder.VALUE);
        params.put("limit", first + 1);
        params.put("afterKey", after == null ? null : after.key());
        params.put("afterId", after == null ? null : after.id());
        var statement = filter.ownerCik() != null ? BY_OWNER : filter.issuerCik() != null ? BY_ISSUER : ALL;
        return reads.read(statement, params, result -> Page.of(result.list(row -> {
            var transaction = TransactionNode.of(row.get("t"));
            return new Page.Row<>(transaction, new Cursor(order.name(), row.get("key").asDouble(), transaction.id()));
        }), first));
    }

    public long count(TransactionFilter filter) {
        var statement = filter.ownerCik() != null ? BY_OWNER_COUNT
                : filter.issuerCik() != null ? BY_ISSUER_COUNT : ALL_COUNT;
        return reads.read(statement, parameters(filter), result -> result.single().get("count").asLong());
    }

    private static Map<String, @Nullable Object> parameters(TransactionFilter filter) {
        return Props.of("issuerCik", filter.issuerCik(), "ownerCik", filter.ownerCik(), "codes", filter.codes(),
                "from", filter.from(), "to", filter.to(), "derivative", filter.derivative(),
                "minValue", filter.minValue());
    }
}
