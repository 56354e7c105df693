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
    List<Interlock> interlocks(@Argument String cik, @Argument @Nullable Role role,
            @Argument @Nullable LocalDate asOf, @Argument @Nullable Integer graceDays) {
        return network.interlocks(Arguments.cik("cik", cik), Arguments.orDefault(role, Role.DIRECTOR),
                arguments.tenure(asOf, graceDays));
    }

    @QueryMapping
    @Nullable NetworkPath shortestPath(@Argument String fromCik, @Argument String toCik,
            @Argument @Nullable Integer maxHops) {
        int hops = Arguments.orDefault(maxHops, 6);
        var limit = Math.min(arguments.limits().maxPathHops(), NetworkQueries.MAX_PATH_HOPS);
        arguments.within("maxHops", hops, 1, limit, "insidergraph.limits.max-path-hops");
        return network.shortestPath(Arguments.cik("fromCik", fromCik), Arguments.cik("toCik", toCik), hops,
                arguments.tenure(null, null)).orElse(null);
    }

    @QueryMapping
    Network neighborhood(@Argument String cik, @Argument @Nullable Integer hops, @Argument @Nullable List<Role> roles,
            @Argument @Nullable LocalDate asOf, @Argument @Nullable Integer graceDays,
            @Argument @Nullable Integer limit) {
        var limits = arguments.limits();
        int depth = arguments.within("hops", Arguments.orDefault(hops, 2), 1, limits.maxHops(),
                "insidergraph.limits.max-hops");
        int size = arguments.within("limit", Arguments.orDefault(limit, 500), 1, limits.maxNetworkNodes(),
                "insidergraph.limits.max-network-nodes");
        return network.neighborhood(Arguments.cik("cik", cik), depth, roles == null ? List.of() : roles,
                        arguments.tenure(asOf, graceDays), size)
                .orElse(new Network(List.of(), List.of(), false));
    }
}
