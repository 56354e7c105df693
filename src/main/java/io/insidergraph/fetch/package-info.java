/**
 * Downloads insider filings (Forms 3, 4, 5 and their amendments) from SEC EDGAR into a local folder laid out as
 * EDGAR lays it out ({@code <cik>/<accession>/<accession>.txt}): by company or person (the submissions JSON), by
 * date range (the daily and quarterly {@code form.idx} indexes) or in bulk (the daily feed archives). Every request
 * goes through one client that keeps the SEC's fair-access rules (a declared User-Agent, at most ten requests a
 * second across all threads, backing off when asked to), and every file is written under a temporary name and
 * verified before it takes its real one, so a re-run fetches only what is missing and never sees half a file.
 */
@NullMarked
package io.insidergraph.fetch;

import org.jspecify.annotations.NullMarked;
