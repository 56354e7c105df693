package io.insidergraph.filing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An owner's signature: the name signed and the date. */
public record Signature(String name, @Nullable LocalDate date) {
}
