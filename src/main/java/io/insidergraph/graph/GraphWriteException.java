package io.insidergraph.graph;

/**
 * The database refused a batch: a constraint, a value too large for an index, a transaction it could not commit.
 * Something in the batch is at fault, so the batch may be split to find the filing that is; the database itself is
 * still there (when it is not, the writer throws {@link GraphStoreUnavailableException}). The cause is the
 * database's or driver's own exception, for the log; callers need not know its type.
 */
public class GraphWriteException extends RuntimeException {

    public GraphWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
