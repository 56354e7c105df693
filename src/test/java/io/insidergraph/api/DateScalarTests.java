package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Date scalar takes calendar dates that exist and refuses every other text, never moving it to a nearby day (the
 * reason it is not graphql-java-extended-scalars' Date, which turns 2023-02-29 into 2023-02-28).
 */
class DateScalarTests {

    private final GraphQLContext context = GraphQLContext.getDefault();

    @Test
    void aCalendarDateIsTakenAndWrittenBackAsIs() {
        assertThat(DateScalar.DATE.getCoercing().parseValue("2024-02-29", context, Locale.ROOT))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateScalar.DATE.getCoercing().serialize(LocalDate.of(2024, 7, 19), context, Locale.ROOT))
                .isEqualTo("2024-07-19");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-04-31", "2024-13-01", "2024-7-19", "2024-07-19-05:00", "yesterday"})
    void anythingElseIsRefusedNamingWhatCame(String text) {
        var message = "expected an ISO-8601 date such as 2024-07-19, got '" + text + "'";
        assertThatThrownBy(() -> DateScalar.DATE.getCoercing().parseValue(text, context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessage(message);
        assertThatThrownBy(() -> DateScalar.DATE.getCoercing().parseLiteral(new StringValue(text),
                CoercedVariables.emptyVariables(), context, Locale.ROOT))
                .isInstanceOf(CoercingParseLiteralException.class).hasMessage(message);
    }
}
