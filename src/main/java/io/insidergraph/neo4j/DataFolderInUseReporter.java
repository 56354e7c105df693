package io.insidergraph.neo4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;

/**
 * When the application cannot start because another process holds the data folder, says so in one line, what to
 * do included, instead of Boot's "Application run failed" and a stack trace some hundreds of lines long: that
 * failure is the user's situation, not a fault of the program. Registered in {@code META-INF/spring.factories}.
 */
class DataFolderInUseReporter implements SpringBootExceptionReporter {

    private static final Logger log = LoggerFactory.getLogger(DataFolderInUseReporter.class);

    @Override
    public boolean reportException(Throwable failure) {
        var inUse = EmbeddedNeo4j.DataFolderInUseException.in(failure);
        inUse.ifPresent(ex -> log.error(ex.getMessage()));
        return inUse.isPresent();
    }
}
