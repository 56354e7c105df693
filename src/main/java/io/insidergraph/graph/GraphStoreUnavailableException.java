package io.insidergraph.graph;

/**
 * The database cannot take writes at all: it has shut down, the connection to the server is lost, or the server
 * refuses the credentials. No filing is at fault and no later write can succeed, so an ingest run stops at once
 * with this error instead of rejecting every filing that follows.
 */
public final class GraphStoreUnavailableException extends GraphWriteException {

    public GraphStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
