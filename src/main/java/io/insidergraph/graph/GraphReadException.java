package io.insidergraph.graph;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * A read the database could not answer, in the project's terms (as {@link GraphWriteException} is for writes), so
 * that the API says what happened without depending on the driver: the query timeout, or another failure with the
 * database's status code.
 */
public class GraphReadException extends RuntimeException {

    private final @Nullable String code;
    private final boolean timedOut;

    GraphReadException(Neo4jException cause) {
        super(cause.getMessage(), cause);
        this.code = cause.code();
        this.timedOut = isTimeout(cause.code());
    }

    /** The database's status code ({@code Neo.ClientError.Statement.SyntaxError}, ...); null when it gave none. */
    public @Nullable String code() {
        return code;
    }

    /** Whether the read ran past its transaction's time limit (the query timeout) and was stopped. */
    public boolean timedOut() {
        return timedOut;
    }

    static boolean isTimeout(@Nullable String code) {
        return code != null && (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated"));
    }
}
