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

/** Screens over open-market trades. */
@Controller
class ScreenController {

    private final ScreenQueries screens;
    private final Arguments arguments;

    ScreenController(ScreenQueries screens, Arguments arguments) {
        this.screens = screens;
        this.arguments = arguments;
    }

    @QueryMapping
    List<ClusterBuy> clusterBuys(@Argument int minInsiders, @Argument int windowDays, @Argument double minValue,
            @Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to, @Argument int first) {
        arguments.within("minInsiders", minInsiders, 1, Integer.MAX_VALUE, "at least one insider");
        arguments.within("windowDays", windowDays, 1, arguments.limits().maxWindowDays(),
                "insidergraph.limits.max-window-days");
        return screens.clusterBuys(minInsiders, windowDays, minValue, from, to, arguments.first("first", first));
    }

    @QueryMapping
    List<NetBuying> netBuying(@Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to,
            @Argument @Nullable String issuerCik, @Argument int first) {
        return screens.netBuying(from, to, issuerCik == null ? null : Arguments.cik("issuerCik", issuerCik),
                arguments.first("first", first));
    }
}
