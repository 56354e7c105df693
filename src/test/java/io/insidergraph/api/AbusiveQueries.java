package io.insidergraph.api;

/** Issue 12's abusive request: 190 aliased screen and network fields at their largest arguments. */
final class AbusiveQueries {

    private AbusiveQueries() {
    }

    /** A third each of clusterBuys over a year, 3-hop neighbourhoods of 2,000 nodes and 8-hop shortest paths. */
    static String attack(String from, String to) {
        var fields = new StringBuilder("{");
        for (int i = 0; i < 190; i++) {
            fields.append(switch (i % 3) {
                case 0 -> " c" + i + ": clusterBuys(minInsiders: 1, windowDays: 366, first: 200) { value }";
                case 1 -> " n" + i + ": neighborhood(cik: \"" + from + "\", hops: 3, limit: 2000) { truncated }";
                default -> " p" + i + ": shortestPath(fromCik: \"" + from + "\", toCik: \"" + to
                        + "\", maxHops: 8) { length }";
            });
        }
        return fields.append(" }").toString();
    }
}
