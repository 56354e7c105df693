package io.insidergraph.network;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds and cache of the network fields ({@code insidergraph.network.*}); a request past a bound gets an error
 * naming it.
 *
 * @param maxNodes  largest {@code limit} of boardNetwork and insiderNetwork
 * @param maxPairs  most node pairs a projection may form (the sum over shared partners of k(k-1)/2, before
 *                  minShared): the work of the projection, refused past it
 * @param maxWork   most nodes × edges of a network whose metrics are computed (betweenness and closeness take a
 *                  breadth-first search from every node): refused past it
 * @param cacheSize how many answers are kept (per arguments and graph content)
 * @param cacheTtl  how long an answer is kept at most, for changes the graph version cannot see (edits by hand)
 */
@ConfigurationProperties("insidergraph.network")
public record NetworkSettings(@DefaultValue("20000") int maxNodes, @DefaultValue("5000000") long maxPairs,
        @DefaultValue("5000000000") long maxWork, @DefaultValue("32") int cacheSize,
        @DefaultValue("1h") Duration cacheTtl) {
}
