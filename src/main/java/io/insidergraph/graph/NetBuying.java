package io.insidergraph.graph;

/** Open-market buying (P) against selling (S) of one issuer's securities over a period. */
public record NetBuying(Company issuer, int buyers, int sellers, double sharesBought, double sharesSold,
        double valueBought, double valueSold) {

    public double netShares() {
        return sharesBought - sharesSold;
    }

    public double netValue() {
        return valueBought - valueSold;
    }
}
