package io.insidergraph.graph;

import java.util.List;

/** Another insider of the companies an insider serves, and the companies they share. */
public record CoInsider(Entity insider, List<Company> companies) {
}
