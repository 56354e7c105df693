package io.insidergraph.filing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A name an entity used before, with the date EDGAR recorded the change. */
public record FormerName(String name, @Nullable LocalDate changedOn) {
}
