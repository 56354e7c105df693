package io.insidergraph.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

import io.insidergraph.graph.GraphReadException;
import io.insidergraph.graph.InvalidQueryException;
import io.insidergraph.graph.ReadsBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What goes wrong in an export, as an RFC 9457 problem whose detail says what: the same messages as the GraphQL
 * field's errors for bad arguments, and which argument could not be read otherwise.
 */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportErrors {

    private static final Logger log = LoggerFactory.getLogger(ExportErrors.class);

    @ExceptionHandler({BadArgumentException.class, InvalidQueryException.class})
    ProblemDetail badArgument(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail missing(MissingServletRequestParameterException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Missing argument " + ex.getParameterName());
    }

    @ExceptionHandler
    ProblemDetail unreadable(MethodArgumentTypeMismatchException ex) {
        var type = ex.getRequiredType() != null && Collection.class.isAssignableFrom(ex.getRequiredType())
                ? ex.getParameter().nested().getNestedParameterType() : ex.getRequiredType();
        var expected = type == null ? "" : " (" + expected(type) + ")";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Cannot read argument " + ex.getName()
                + expected + ": '" + ex.getValue() + "'");
    }

    /** An argument of a network read into a record (boardNetwork's) that could not be converted. */
    @ExceptionHandler
    ProblemDetail unbindable(BindException ex) {
        var field = ex.getFieldError();
        if (field == null) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
        var type = ex.getFieldType(field.getField());
        var expected = type == null ? "" : " (" + expected(type) + ")";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Cannot read argument " + field.getField()
                + expected + ": '" + field.getRejectedValue() + "'");
    }

    @ExceptionHandler
    ProblemDetail notFound(ExportNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    /** Too many expensive reads at once: try again later, as the GraphQL field's error says. */
    @ExceptionHandler({ExpensiveReads.BusyException.class, ReadsBusyException.class})
    ProblemDetail busy(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail database(GraphReadException ex) {
        if (ex.timedOut()) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Query stopped: it ran longer than the query timeout (insidergraph.query-timeout)");
        }
        log.error("Database error in an export", ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database could not answer (" + ex.code() + ")");
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date like 2022-12-31";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return type == Integer.class ? "a whole number" : type.getSimpleName();
    }
}
