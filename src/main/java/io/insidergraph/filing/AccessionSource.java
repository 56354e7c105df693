package io.insidergraph.filing;

/** Where a filing's accession number came from, best first. */
public enum AccessionSource {
    /** the SGML header of a full EDGAR submission */
    HEADER,
    /** an 18-digit or dashed accession number in the file name or its parent folder's name */
    FILE_NAME,
    /** none was stated: a stand-in derived from the content hash ({@code hash-} + 16 hex digits) */
    CONTENT_HASH,
    /** the {@code ACCESSION_NUMBER} column of the SEC's Form 345 data sets */
    DATASET
}
