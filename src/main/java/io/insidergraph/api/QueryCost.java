package io.insidergraph.api;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * What a field costs, for graphql-java's complexity limit ({@code insidergraph.limits.max-complexity}): an estimate of
 * the work, in answered values. A scalar costs 1; a field that answers objects costs {@link #READ} (most run a
 * statement, batched for all their parents); a list with {@code first} costs its selection once per row; and the
 * network and screen fields cost what their statements do, by their arguments:
 * <ul>
 * <li>{@code neighborhood}: 10 × hops + hops × limit / 10 (one statement per hop, each up to {@code limit} nodes);
 * <li>{@code shortestPath}: 20 × maxHops (the search widens with each hop);
 * <li>{@code clusterBuys}, {@code netBuying} and {@code transactions} without an issuer or owner: {@link #SCAN}
 * (they read every trade of the graph), plus {@code windowDays} for a cluster screen;
 * <li>{@code boardNetwork}, {@code insiderNetwork}: {@link #SCAN} (every role edge of the role) + limit / 10 (the
 * metrics' work grows with the nodes); {@code busyInsiders}: {@link #SCAN} and its rows.
 * </ul>
 * Measured on a 20,000-filing graph: a company lookup or a search about 10 ms, a shortest path up to 8 hops or a
 * 3-hop neighbourhood of 2,000 nodes 50-500 ms, a cluster screen over a year about a second, a net-buying screen or an
 * unfiltered transactions page several seconds. Each field's cost is capped one past the limit, so that the sum over
 * a whole query, which graphql-java keeps in an {@code int}, cannot overflow.
 */
final class QueryCost implements FieldComplexityCalculator {

    /** A field that runs a statement, batched for all its parents. */
    static final int READ = 10;
    /** A statement that reads every trade of the graph. */
    static final int SCAN = 1000;

    private final long ceiling;

    QueryCost(int maxComplexity) {
        this.ceiling = maxComplexity + 1L;
    }

    @Override
    public int calculate(FieldComplexityEnvironment env, int children) {
        var args = env.getArguments();
        long cost = switch (env.getParentType().getName() + "." + env.getFieldDefinition().getName()) {
            case "Query.neighborhood" -> {
                long hops = arg(args, "hops", 2);
                yield 10 * hops + hops * arg(args, "limit", 500) / 10 + children;
            }
            case "Query.shortestPath" -> 20L * arg(args, "maxHops", 6) + children;
            case "Query.clusterBuys" -> SCAN + arg(args, "windowDays", 30) + rows(args, 50, children);
            case "Query.netBuying" -> SCAN + rows(args, 50, children);
            case "Query.transactions" -> (filtered(args) ? READ : SCAN) + rows(args, 50, children);
            case "Person.transactions", "Company.transactions", "Company.filings" -> READ + rows(args, 50, children);
            case "Query.search" -> READ + rows(args, 10, children);
            case "Query.interlocks", "Person.coInsiders" -> 2 * READ + children;
            case "Query.boardNetwork", "Query.insiderNetwork" -> SCAN + arg(args, "limit", 5000) / 10 + children;
            case "Query.busyInsiders" -> SCAN + rows(args, 50, children);
            default -> (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType()))
                    ? 1 : READ) + children;
        };
        return (int) Math.min(ceiling, cost);
    }

    /** The selection once per row of a page of {@code first} (its default when left out or null). */
    private static long rows(Map<String, Object> args, int byDefault, int children) {
        return Math.max(1, arg(args, "first", byDefault)) * (long) children;
    }

    private static boolean filtered(Map<String, Object> args) {
        return args.get("filter") instanceof Map<?, ?> filter
                && (filter.get("issuerCik") != null || filter.get("ownerCik") != null);
    }

    private static long arg(Map<String, Object> args, String name, int byDefault) {
        @Nullable Object value = args.get(name);
        return value instanceof Number number ? Math.max(0, number.longValue()) : byDefault;
    }
}
