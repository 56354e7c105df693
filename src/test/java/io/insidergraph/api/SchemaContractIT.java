package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.insidergraph.support.Neo4jTestBase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The served schema holds every type, field, argument (with its type and default) and enum value of the API
 * contract (a copy of docs/api-contract.graphqls in src/test/resources), and whatever it adds to a contract field
 * is an optional argument, so every client of the contract keeps working.
 */
class SchemaContractIT extends Neo4jTestBase {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void servedSchemaContainsTheWholeContract() throws IOException {
        var contract = contract();
        GraphQLSchema served = graphQlSource.schema();
        var problems = new ArrayList<String>();
        for (var definition : contract.types().values()) {
            var type = (GraphQLNamedType) served.getType(definition.getName());
            if (type == null) {
                problems.add("missing type " + definition.getName());
                continue;
            }
            switch (definition) {
                case ImplementingTypeDefinition<?> object -> checkFields(object, type, problems);
                case InputObjectTypeDefinition input -> checkInput(input, type, problems);
                case EnumTypeDefinition enumType -> checkEnum(enumType, type, problems);
                default -> problems.add("unexpected kind of type " + definition.getName());
            }
        }
        for (ScalarTypeDefinition scalar : contract.scalars().values()) {
            if (!(served.getType(scalar.getName()) instanceof GraphQLScalarType)) {
                problems.add("missing scalar " + scalar.getName());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(contract.types()).containsKeys("Query", "Filing", "Transaction", "TransactionConnection");
    }

    private static void checkFields(ImplementingTypeDefinition<?> definition, GraphQLNamedType type,
            List<String> problems) {
        if (!(type instanceof GraphQLFieldsContainer container)) {
            problems.add(definition.getName() + " is not an object or interface type");
            return;
        }
        if (type instanceof GraphQLImplementingType implementing) {
            for (var implemented : definition.getImplements()) {
                var name = AstPrinter.printAst(implemented);
                if (implementing.getInterfaces().stream().noneMatch(i -> i.getName().equals(name))) {
                    problems.add(definition.getName() + " does not implement " + name);
                }
            }
        }
        for (FieldDefinition field : definition.getFieldDefinitions()) {
            var where = definition.getName() + "." + field.getName();
            GraphQLFieldDefinition servedField = container.getFieldDefinition(field.getName());
            if (servedField == null) {
                problems.add("missing field " + where);
                continue;
            }
            compareType(where, field.getType(), GraphQLTypeUtil.simplePrint(servedField.getType()), problems);
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                GraphQLArgument servedArgument = servedField.getArgument(argument.getName());
                if (servedArgument == null) {
                    problems.add("missing argument " + where + "(" + argument.getName() + ")");
                    continue;
                }
                var argumentWhere = where + "(" + argument.getName() + ")";
                compareType(argumentWhere, argument.getType(), GraphQLTypeUtil.simplePrint(servedArgument.getType()),
                        problems);
                var served = servedArgument.hasSetDefaultValue()
                        ? print((Value<?>) servedArgument.getArgumentDefaultValue().getValue()) : null;
                var expected = argument.getDefaultValue() == null ? null : print(argument.getDefaultValue());
                if (!java.util.Objects.equals(expected, served)) {
                    problems.add(argumentWhere + " default is " + served + ", contract says " + expected);
                }
            }
            for (GraphQLArgument extra : servedField.getArguments()) {
                boolean inContract = field.getInputValueDefinitions().stream()
                        .anyMatch(a -> a.getName().equals(extra.getName()));
                if (!inContract && extra.getType() instanceof GraphQLNonNull && !extra.hasSetDefaultValue()) {
                    problems.add(where + " adds a required argument " + extra.getName());
                }
            }
        }
    }

    private static void checkInput(InputObjectTypeDefinition definition, GraphQLNamedType type,
            List<String> problems) {
        if (!(type instanceof GraphQLInputObjectType input)) {
            problems.add(definition.getName() + " is not an input type");
            return;
        }
        for (var field : definition.getInputValueDefinitions()) {
            GraphQLInputObjectField served = input.getField(field.getName());
            if (served == null) {
                problems.add("missing input field " + definition.getName() + "." + field.getName());
                continue;
            }
            compareType(definition.getName() + "." + field.getName(), field.getType(),
                    GraphQLTypeUtil.simplePrint(served.getType()), problems);
        }
    }

    private static void checkEnum(EnumTypeDefinition definition, GraphQLNamedType type, List<String> problems) {
        if (!(type instanceof GraphQLEnumType enumType)) {
            problems.add(definition.getName() + " is not an enum");
            return;
        }
        var served = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
        for (var value : definition.getEnumValueDefinitions()) {
            if (!served.contains(value.getName())) {
                problems.add("missing enum value " + definition.getName() + "." + value.getName());
            }
        }
    }

    private static void compareType(String where, graphql.language.Type<?> expected, String served,
            List<String> problems) {
        var printed = AstPrinter.printAst(expected);
        if (!printed.equals(served)) {
            problems.add(where + " is " + served + ", contract says " + printed);
        }
    }

    private static @Nullable String print(@Nullable Value<?> value) {
        return value == null ? null : AstPrinter.printAst(value);
    }

    private static TypeDefinitionRegistry contract() throws IOException {
        try (var in = new ClassPathResource("api-contract.graphqls").getInputStream()) {
            return new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
