package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Screens over open-market trades: cluster buys and net buying per issuer. */
@Component
public class ScreenQueries {

    private static final String CLUSTER_BUYS = CypherResources.load("queries/cluster-buys.cypher");
    private static final String NET_BUYING = CypherResources.load("queries/net-buying.cypher");

    private final GraphReads reads;

    ScreenQueries(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * Windows of {@code windowDays} days, each starting on a purchase date, in which at least {@code minInsiders}
     * distinct insiders bought one issuer's shares for at least {@code minValue} in total. A window whose purchases
     * all lie in a larger window of the same issuer says nothing new and is dropped.
     */
    public List<ClusterBuy> clusterBuys(int minInsiders, int windowDays, double minValue, @Nullable LocalDate from,
            @Nullable LocalDate to, int first) {
        record Window(ClusterBuy cluster, Set<String> ids) {
        }
        var params = Props.of("minInsiders", minInsiders, "windowDays", windowDays, "minValue", minValue,
                "from", from, "to", to);
        var windows = reads.read(CLUSTER_BUYS, params, result -> result.list(row -> new Window(
                new ClusterBuy(Props.company(row.get("c")), row.get("start").asLocalDate(),
                        row.get("end").asLocalDate(), row.get("insiders").asList(Props::entity),
                        row.get("purchases").asInt(), sum(row.get("shares").asDouble()),
                        sum(row.get("value").asDouble())),
                new HashSet<>(row.get("ids").asList(v -> v.asString())))));
        // a window can only lie inside another of its own issuer: compare within issuers, and stop at a full page
        var byIssuer = windows.stream().collect(Collectors.groupingBy(window -> window.cluster().issuer().cik()));
        var kept = new ArrayList<ClusterBuy>();
        for (var window : windows) {
            if (kept.size() >= first) {
                break;
            }
            boolean inside = byIssuer.get(window.cluster().issuer().cik()).stream().anyMatch(other -> other != window
                    && other.ids().containsAll(window.ids())
                    && (other.ids().size() > window.ids().size()
                            || other.cluster().start().isBefore(window.cluster().start())));
            if (!inside) {
                kept.add(window.cluster());
            }
        }
        return kept;
    }

    /** Buying against selling per issuer between from and to (either open), largest net value bought first. */
    public List<NetBuying> netBuying(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String issuerCik,
            int first) {
        var params = Props.of("from", from, "to", to, "issuerCik", issuerCik, "first", first);
        return reads.read(NET_BUYING, params, result -> result.list(row -> new NetBuying(
                Props.company(row.get("c")), row.get("buyers").asInt(), row.get("sellers").asInt(),
                sum(row.get("sharesBought").asDouble()), sum(row.get("sharesSold").asDouble()),
                sum(row.get("valueBought").asDouble()), sum(row.get("valueSold").asDouble()))));
    }

    /**
     * A sum of filed amounts, rounded to 1/10,000 (prices are filed with at most four decimals): the database adds
     * rows in no fixed order, and floating-point sums differ in their last bits with the order.
     */
    static double sum(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
