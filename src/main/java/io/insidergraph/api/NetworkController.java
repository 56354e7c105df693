package io.insidergraph.api;

import java.time.LocalDate;
import java.util.List;

import io.insidergraph.graph.Interlock;
import io.insidergraph.graph.Network;
import io.insidergraph.graph.NetworkPath;
import io.insidergraph.graph.NetworkQueries;
import io.insidergraph.graph.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The insider network: interlocks, shortest paths and neighbourhoods, within the hop and size limits. */
@Controller
class NetworkController {

    private final NetworkQueries network;
    private final Arguments arguments;

    NetworkController(NetworkQueries network, Arguments arguments) {
        this.network = network;
        this.arguments = arguments;
    }

    @QueryMapping
    List<Interlock> interlocks(@Argument String cik, @Argument Role role, @Argument @Nullable LocalDate asOf) {
        return network.interlocks(Arguments.cik("cik", cik), role, asOf);
    }

    @QueryMapping
    @Nullable NetworkPath shortestPath(@Argument String fromCik, @Argument String toCik, @Argument int maxHops) {
        var limit = Math.min(arguments.limits().maxPathHops(), NetworkQueries.MAX_PATH_HOPS);
        arguments.within("maxHops", maxHops, 1, limit, "insidergraph.limits.max-path-hops");
        return network.shortestPath(Arguments.cik("fromCik", fromCik), Arguments.cik("toCik", toCik), maxHops)
                .orElse(null);
    }

    @QueryMapping
    Network neighborhood(@Argument String cik, @Argument int hops, @Argument @Nullable List<Role> roles,
            @Argument @Nullable LocalDate asOf, @Argument int limit) {
        var limits = arguments.limits();
        arguments.within("hops", hops, 1, limits.maxHops(), "insidergraph.limits.max-hops");
        arguments.within("limit", limit, 1, limits.maxNetworkNodes(), "insidergraph.limits.max-network-nodes");
        return network.neighborhood(Arguments.cik("cik", cik), hops, roles == null ? List.of() : roles, asOf, limit)
                .orElse(new Network(List.of(), List.of(), false));
    }
}
