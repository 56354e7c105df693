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

/**
 * The insider network: interlocks, shortest paths and neighbourhoods, within the hop and size limits; the last two
 * among the {@link ExpensiveReads}.
 */
@Controller
class NetworkController {

    private final NetworkQueries network;
    private final Arguments arguments;
    private final ExpensiveReads expensive;

    NetworkController(NetworkQueries network, Arguments arguments, ExpensiveReads expensive) {
        this.network = network;
        this.arguments = arguments;
        this.expensive = expensive;
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
        var from = Arguments.cik("fromCik", fromCik);
        var to = Arguments.cik("toCik", toCik);
        var tenure = arguments.tenure(null, null);
        return expensive.run("shortestPath", () -> network.shortestPath(from, to, hops, tenure)).orElse(null);
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
        var centre = Arguments.cik("cik", cik);
        var tenure = arguments.tenure(asOf, graceDays);
        return expensive.run("neighborhood", () -> network.neighborhood(centre, depth,
                roles == null ? List.of() : roles, tenure, size)).orElse(new Network(List.of(), List.of(), false));
    }

    @QueryMapping
    Network subgraph(@Argument List<String> ciks, @Argument @Nullable List<Role> roles,
            @Argument @Nullable LocalDate asOf, @Argument @Nullable Integer graceDays) {
        arguments.within("ciks (how many)", ciks.size(), 0, arguments.limits().maxNetworkNodes(),
                "insidergraph.limits.max-network-nodes");
        var normalised = ciks.stream().map(cik -> Arguments.cik("ciks", cik)).toList();
        return network.subgraph(normalised, roles == null ? List.of() : roles, arguments.tenure(asOf, graceDays));
    }
}
