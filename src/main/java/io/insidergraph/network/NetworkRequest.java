package io.insidergraph.network;

import io.insidergraph.graph.Role;
import io.insidergraph.graph.Tenure;

/**
 * What network to build: the kind, the role both ends hold, which spells count ({@code tenure}: held on a date, at
 * some time in a window, or at any time), the fewest shared partners that make an edge, and the most nodes.
 * A record, so it is the cache key too.
 */
public record NetworkRequest(NetworkKind kind, Role role, Tenure tenure, int minShared, int limit) {

    public NetworkRequest {
        if (minShared < 1) {
            throw new IllegalArgumentException("minShared must be at least 1, was " + minShared);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
