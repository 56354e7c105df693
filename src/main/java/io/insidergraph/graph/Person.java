package io.insidergraph.graph;

import java.util.List;

/** A reporting owner who is a person: {@code name} as filed ("Laguerre Martin"), {@code displayName} for people. */
public record Person(String cik, String name, String displayName, List<String> names) implements Entity {
}
