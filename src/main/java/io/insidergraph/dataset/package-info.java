/**
 * Reads the SEC's Form 345 data sets ("Insider Transactions Data Sets": one zip per quarter of eight tab-separated
 * tables, {@code SUBMISSION}, {@code REPORTINGOWNER}, {@code NONDERIV_TRANS}, {@code NONDERIV_HOLDING},
 * {@code DERIV_TRANS}, {@code DERIV_HOLDING}, {@code FOOTNOTES} and {@code OWNER_SIGNATURE}) into the same
 * {@link io.insidergraph.filing.OwnershipFiling} records the XML parser makes, one per accession number. Tables are
 * recognised by their header row and their columns mapped by name, so columns a quarter lacks are absent values and
 * columns it adds are ignored. Entry point: {@link io.insidergraph.dataset.DatasetReader}, one per data set: it
 * streams each table into hash partitions on disk and then joins one partition at a time, so memory stays bounded
 * whatever the size of the quarter. A row that cannot be read rejects its filing with the table, line and column;
 * the rest of the quarter loads. Depends on {@code filing} only.
 */
@NullMarked
package io.insidergraph.dataset;

import org.jspecify.annotations.NullMarked;
