package io.insidergraph.api;

import java.time.LocalDate;
import java.util.List;

import io.insidergraph.graph.BusyInsider;
import io.insidergraph.graph.Company;
import io.insidergraph.graph.Entity;
import io.insidergraph.graph.Role;
import io.insidergraph.network.NetworkKind;
import io.insidergraph.network.NetworkRequest;
import io.insidergraph.network.NetworkService;
import io.insidergraph.network.ProjectedEdge;
import io.insidergraph.network.ProjectedNetwork;
import io.insidergraph.network.ProjectedNode;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The network as a whole: the board network, the insider network and busy insiders, among the expensive reads. */
@Controller
class NetworkAnalysisController {

    private final NetworkService networks;
    private final Arguments arguments;
    private final ExpensiveReads expensive;

    NetworkAnalysisController(NetworkService networks, Arguments arguments, ExpensiveReads expensive) {
        this.networks = networks;
        this.arguments = arguments;
        this.expensive = expensive;
    }

    @QueryMapping
    ProjectedNetwork boardNetwork(@Argument @Nullable Role role, @Argument @Nullable LocalDate asOf,
            @Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to, @Argument @Nullable Integer graceDays,
            @Argument @Nullable Integer minShared, @Argument @Nullable Integer limit) {
        var request = request(NetworkKind.BOARD, role, asOf, from, to, graceDays, minShared, limit);
        return expensive.run("boardNetwork", () -> networks.network(request));
    }

    @QueryMapping
    ProjectedNetwork insiderNetwork(@Argument @Nullable Role role, @Argument @Nullable LocalDate asOf,
            @Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to, @Argument @Nullable Integer graceDays,
            @Argument @Nullable Integer minShared, @Argument @Nullable Integer limit) {
        var request = request(NetworkKind.PEOPLE, role, asOf, from, to, graceDays, minShared, limit);
        return expensive.run("insiderNetwork", () -> networks.network(request));
    }

    @QueryMapping
    List<BusyInsider> busyInsiders(@Argument @Nullable Role role, @Argument @Nullable LocalDate asOf,
            @Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to, @Argument @Nullable Integer graceDays,
            @Argument @Nullable Integer minCompanies, @Argument @Nullable Integer first) {
        int least = arguments.within("minCompanies", Arguments.orDefault(minCompanies, 2), 1, Integer.MAX_VALUE,
                "at least 1");
        var tenure = arguments.tenure(asOf, from, to, graceDays);
        int rows = arguments.first("first", first, 50);
        return expensive.run("busyInsiders", () -> networks.busyInsiders(Arguments.orDefault(role, Role.DIRECTOR),
                tenure, least, rows));
    }

    @SchemaMapping(typeName = "CentralityNode")
    String cik(ProjectedNode node) {
        return node.id();
    }

    @SchemaMapping(typeName = "BoardEdge")
    List<Entity> sharedInsiders(ProjectedEdge edge) {
        return edge.shared();
    }

    @SchemaMapping(typeName = "InsiderEdge")
    List<Company> sharedCompanies(ProjectedEdge edge) {
        return edge.shared().stream().filter(Company.class::isInstance).map(Company.class::cast).toList();
    }

    @SchemaMapping(typeName = "BusyInsider")
    int companyCount(BusyInsider busy) {
        return busy.companies().size();
    }

    private NetworkRequest request(NetworkKind kind, @Nullable Role role, @Nullable LocalDate asOf,
            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer graceDays, @Nullable Integer minShared,
            @Nullable Integer limit) {
        int shared = arguments.within("minShared", Arguments.orDefault(minShared, 1), 1, Integer.MAX_VALUE,
                "at least 1");
        int nodes = arguments.within("limit", Arguments.orDefault(limit, 5000), 1, networks.settings().maxNodes(),
                "insidergraph.network.max-nodes");
        return new NetworkRequest(kind, Arguments.orDefault(role, Role.DIRECTOR),
                arguments.tenure(asOf, from, to, graceDays), shared, nodes);
    }
}
