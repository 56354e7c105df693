package io.insidergraph.api;

import io.insidergraph.graph.GraphStats;
import io.insidergraph.graph.StatsQueries;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class StatsController {

    private final StatsQueries statsQueries;

    StatsController(StatsQueries statsQueries) {
        this.statsQueries = statsQueries;
    }

    @QueryMapping
    GraphStats stats() {
        return statsQueries.stats();
    }
}
