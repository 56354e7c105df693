package io.insidergraph.graph;

/** A read that found as many statements in flight as may be, and none finished within the query timeout. */
public class ReadsBusyException extends RuntimeException {

    ReadsBusyException(String message) {
        super(message, null, false, false);
    }
}
