package io.insidergraph.dataset;

import org.jspecify.annotations.Nullable;

/** Receives what a data set gives: each filing, and each filing (or row) that could not be read, with the reason. */
public interface DatasetSink {

    void filing(DatasetFiling filing) throws InterruptedException;

    /**
     * @param source the data set
     * @param accessionNumber the accession the reason is about, when the row names one
     * @param reason names the table file, line and column
     */
    void rejected(String source, @Nullable String accessionNumber, String reason) throws InterruptedException;
}
