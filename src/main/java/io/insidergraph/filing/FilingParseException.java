package io.insidergraph.filing;

import org.jspecify.annotations.Nullable;

/**
 * A file that is not a usable ownership filing. The message names the file, the reason and, for XML errors, the
 * line and column.
 */
public class FilingParseException extends Exception {

    /** Why a file was rejected. */
    public enum Reason {
        EMPTY,
        BINARY,
        TOO_LARGE,
        NOT_OWNERSHIP_DOCUMENT,
        NOT_WELL_FORMED,
        TRUNCATED,
        FORBIDDEN_DTD,
        MISSING_REQUIRED_FIELD,
        /** a value the Ownership XML schema does not allow: too long, out of range, not of its pattern, too many */
        INVALID_VALUE,
        UNREADABLE
    }

    private final String source;
    private final Reason reason;
    private final int line;
    private final int column;

    public FilingParseException(String source, Reason reason, String detail) {
        this(source, reason, detail, -1, -1, null);
    }

    public FilingParseException(String source, Reason reason, String detail, int line, int column,
            @Nullable Throwable cause) {
        super(format(source, reason, detail, line, column), cause);
        this.source = source;
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    private static String format(String source, Reason reason, String detail, int line, int column) {
        var where = line > 0 ? " at line " + line + ", column " + column : "";
        return source + ": " + reason.name().toLowerCase().replace('_', ' ') + where + ": " + detail;
    }

    public String source() {
        return source;
    }

    public Reason reason() {
        return reason;
    }

    /** 1-based line of an XML error, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column of an XML error, or -1. */
    public int column() {
        return column;
    }
}
