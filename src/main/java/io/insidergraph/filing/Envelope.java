package io.insidergraph.filing;

/**
 * What a filing was read from: the wrapping around its ownership XML, detected from the content, or the SEC's data
 * sets, which carry no XML at all.
 */
public enum Envelope {
    /** the ownership document on its own */
    BARE_XML,
    /** a full EDGAR submission: {@code <SEC-DOCUMENT>}, {@code <SEC-HEADER>} ... {@code <XML>} */
    SEC_DOCUMENT,
    /** an old submission inside {@code -----BEGIN PRIVACY-ENHANCED MESSAGE-----} */
    PRIVACY_ENHANCED_MESSAGE,
    /** the compact {@code <SUBMISSION>} header of EDGAR's daily feed (.nc) */
    NC_SUBMISSION,
    /** a filing read from the SEC's Form 345 data sets (quarterly TSV tables), not from an XML document */
    DATASET
}
