package io.insidergraph.filing;

/** The wrapping around the ownership XML, detected from the content. */
public enum Envelope {
    /** the ownership document on its own */
    BARE_XML,
    /** a full EDGAR submission: {@code <SEC-DOCUMENT>}, {@code <SEC-HEADER>} ... {@code <XML>} */
    SEC_DOCUMENT,
    /** an old submission inside {@code -----BEGIN PRIVACY-ENHANCED MESSAGE-----} */
    PRIVACY_ENHANCED_MESSAGE,
    /** the compact {@code <SUBMISSION>} header of EDGAR's daily feed (.nc) */
    NC_SUBMISSION
}
