package io.insidergraph.graph;

/** A query argument the graph cannot use (a cursor from elsewhere, a malformed CIK); the message says which. */
public class InvalidQueryException extends IllegalArgumentException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
