package io.insidergraph.api;

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
 * @param maxComplexity   most fields in a query (each field selected counts one)
 * @param maxResultFields most fields in an answer (each value of each object counts one), counted as it runs
 * @param maxSearchTerms  most words in a {@code search} text (the full-text index refuses past about a thousand)
 * @param maxSearchLength longest {@code search} text, in characters
 * @param maxBodySize     largest request body of a caller without the API key ({@link RequestGate})
 */
@ConfigurationProperties("insidergraph.limits")
record Limits(@DefaultValue("200") int maxPageSize, @DefaultValue("3") int maxHops, @DefaultValue("8") int maxPathHops,
        @DefaultValue("2000") int maxNetworkNodes, @DefaultValue("366") int maxWindowDays,
        @DefaultValue("12") int maxDepth, @DefaultValue("400") int maxComplexity,
        @DefaultValue("100000") int maxResultFields, @DefaultValue("32") int maxSearchTerms,
        @DefaultValue("500") int maxSearchLength, @DefaultValue("256KB") DataSize maxBodySize) {
}
