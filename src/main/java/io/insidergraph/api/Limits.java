package io.insidergraph.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request may ask for ({@code insidergraph.limits.*}): a request over a limit gets an error naming the
 * limit and its value instead of an answer that would hold the database too long.
 *
 * @param maxPageSize     largest {@code first} of a page or list
 * @param maxHops         largest {@code hops} of a neighbourhood
 * @param maxPathHops     largest {@code maxHops} of a shortest path (at most 8, the bound in shortest-path.cypher)
 * @param maxNetworkNodes largest {@code limit} of a neighbourhood
 * @param maxWindowDays   largest {@code windowDays} of a cluster-buy screen
 * @param maxDepth        deepest nesting of fields in a query
 * @param maxComplexity   largest estimated cost of a query ({@link QueryCost}); at most 100,000
 * @param maxResultFields most fields in an answer (each value of each object counts one), counted as it runs
 * @param maxSearchTerms  most words in a {@code search} text (the full-text index refuses past about a thousand)
 * @param maxSearchLength longest {@code search} text, in characters
 * @param maxBodySize     largest request body of a caller without the API key ({@link RequestGate})
 * @param maxConcurrentExpensive most expensive reads running at once, across requests ({@link ExpensiveReads})
 * @param maxQueuedExpensive most expensive reads waiting for a place; one more is refused at once
 * @param expensiveWait   how long an expensive read waits for a place before it is refused
 */
@ConfigurationProperties("insidergraph.limits")
record Limits(@DefaultValue("200") int maxPageSize, @DefaultValue("3") int maxHops, @DefaultValue("8") int maxPathHops,
        @DefaultValue("2000") int maxNetworkNodes, @DefaultValue("366") int maxWindowDays,
        @DefaultValue("12") int maxDepth, @DefaultValue("50000") int maxComplexity,
        @DefaultValue("100000") int maxResultFields, @DefaultValue("32") int maxSearchTerms,
        @DefaultValue("500") int maxSearchLength, @DefaultValue("256KB") DataSize maxBodySize,
        @DefaultValue("2") int maxConcurrentExpensive, @DefaultValue("16") int maxQueuedExpensive,
        @DefaultValue("10s") Duration expensiveWait) {

    Limits {
        // QueryCost caps each field one past the limit, so that a query's sum of up to 15,000 fields (graphql-java's
        // token limit) stays within an int
        if (maxComplexity < 1 || maxComplexity > 100_000) {
            throw new IllegalArgumentException("insidergraph.limits.max-complexity must be between 1 and 100000, was "
                    + maxComplexity);
        }
        if (maxConcurrentExpensive < 1) {
            throw new IllegalArgumentException("insidergraph.limits.max-concurrent-expensive must be at least 1, was "
                    + maxConcurrentExpensive);
        }
    }
}
