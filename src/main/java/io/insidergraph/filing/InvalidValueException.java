package io.insidergraph.filing;

import org.jspecify.annotations.Nullable;

/**
 * A value the schema does not allow, met while converting it: unchecked, so that the converters ({@link Values})
 * stay plain functions. The reader that knows which field it was converting names it ({@link #at}), and
 * {@link FilingParser} turns the whole into a {@link FilingParseException} with reason
 * {@link FilingParseException.Reason#INVALID_VALUE}. Never leaves the package.
 */
final class InvalidValueException extends RuntimeException {

    private final @Nullable String field;
    private final String problem;

    InvalidValueException(String problem) {
        this(null, problem);
    }

    private InvalidValueException(@Nullable String field, String problem) {
        super(field == null ? problem : field + ": " + problem, null, false, false);
        this.field = field;
        this.problem = problem;
    }

    /** The same problem, named for the field it was found in (the first name given sticks). */
    InvalidValueException at(String fieldPath) {
        return field != null ? this : new InvalidValueException(fieldPath, problem);
    }
}
