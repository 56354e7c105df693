package io.insidergraph.graph;

import java.util.List;

/** A company that shares insiders of one role with another, and the insiders they share. */
public record Interlock(Company company, List<Entity> sharedInsiders) {
}
