package io.insidergraph.graph;

import java.util.List;

/** An insider holding a role at several companies, with the companies (by name). */
public record BusyInsider(Entity insider, List<Company> companies) {

    public BusyInsider {
        companies = List.copyOf(companies);
    }
}
