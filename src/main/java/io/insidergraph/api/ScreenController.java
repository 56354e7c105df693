package io.insidergraph.api;

import java.time.LocalDate;
import java.util.List;

import io.insidergraph.graph.ClusterBuy;
import io.insidergraph.graph.NetBuying;
import io.insidergraph.graph.ScreenQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Screens over open-market trades, among the {@link ExpensiveReads}. */
@Controller
class ScreenController {

    private final ScreenQueries screens;
    private final Arguments arguments;
    private final ExpensiveReads expensive;

    ScreenController(ScreenQueries screens, Arguments arguments, ExpensiveReads expensive) {
        this.screens = screens;
        this.arguments = arguments;
        this.expensive = expensive;
    }

    @QueryMapping
    List<ClusterBuy> clusterBuys(@Argument @Nullable Integer minInsiders, @Argument @Nullable Integer windowDays,
            @Argument @Nullable Double minValue, @Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to,
            @Argument @Nullable Integer first) {
        int insiders = arguments.within("minInsiders", Arguments.orDefault(minInsiders, 2), 1, 100,
                "a cluster has 1 to 100 insiders");
        int days = arguments.within("windowDays", Arguments.orDefault(windowDays, 30), 1,
                arguments.limits().maxWindowDays(), "insidergraph.limits.max-window-days");
        int size = arguments.first("first", first, 50);
        return expensive.run("clusterBuys", () -> screens.clusterBuys(insiders, days,
                Arguments.orDefault(minValue, 0.0), from, to, size));
    }

    @QueryMapping
    List<NetBuying> netBuying(@Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to,
            @Argument @Nullable String issuerCik, @Argument @Nullable Integer first) {
        var issuer = issuerCik == null ? null : Arguments.cik("issuerCik", issuerCik);
        int size = arguments.first("first", first, 50);
        return expensive.run("netBuying", () -> screens.netBuying(from, to, issuer, size));
    }
}
