package io.insidergraph.dataset;

import io.insidergraph.filing.OwnershipFiling;

/** A filing assembled from a data set, and about how many bytes its records hold in memory. */
public record DatasetFiling(OwnershipFiling filing, long estimatedBytes) {
}
