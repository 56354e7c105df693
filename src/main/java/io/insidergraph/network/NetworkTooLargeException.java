package io.insidergraph.network;

import io.insidergraph.graph.InvalidQueryException;

/** A network request past one of the insidergraph.network.* bounds; the message names the bound and its value. */
public class NetworkTooLargeException extends InvalidQueryException {

    public NetworkTooLargeException(String message) {
        super(message);
    }
}
