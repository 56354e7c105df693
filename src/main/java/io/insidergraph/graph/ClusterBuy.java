package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.List;

/** Distinct insiders buying one issuer's shares (code P) within a window of days. */
public record ClusterBuy(Company issuer, LocalDate start, LocalDate end, List<Entity> insiders, int purchases,
        double shares, double value) {

    public int insiderCount() {
        return insiders.size();
    }
}
