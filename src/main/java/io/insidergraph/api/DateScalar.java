package io.insidergraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Date} scalar: an ISO-8601 calendar date ({@code 2024-07-19}) as {@link LocalDate}. A malformed date in
 * an argument fails validation, and graphql-java's message names the argument.
 * <p>
 * Written here rather than taken from graphql-java-extended-scalars: its {@code Date} (24.0, the newest release,
 * built for graphql-java 24) parses with {@code yyyy-MM-dd} in the JDK's lenient "smart" resolution, which moves an
 * impossible date to the month's end ({@code 2023-02-29} becomes {@code 2023-02-28}, {@code 2024-04-31} becomes
 * {@code 2024-04-30}) instead of refusing it, so a filter would silently answer for another day.
 */
final class DateScalar {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("An ISO-8601 calendar date, e.g. 2024-07-19.")
            .coercing(new DateCoercing())
            .build();

    private DateScalar() {
    }

    private static final class DateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("Not a date: " + value);
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                var date = parse(text);
                if (date != null) {
                    return date;
                }
            }
            throw new CoercingParseValueException(message(input));
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof StringValue text) {
                var date = parse(text.getValue());
                if (date != null) {
                    return date;
                }
                throw new CoercingParseLiteralException(message(text.getValue()));
            }
            throw new CoercingParseLiteralException(message(input));
        }

        private static @Nullable LocalDate parse(String text) {
            try {
                return LocalDate.parse(text);
            }
            catch (DateTimeParseException ex) {
                return null;
            }
        }

        private static String message(Object input) {
            return "expected an ISO-8601 date such as 2024-07-19, got '" + input + "'";
        }
    }
}
