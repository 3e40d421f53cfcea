package io.kaonet.api.config;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Custom scalars of the schema: {@code Date} as an ISO {@code yyyy-MM-dd} string. */
@Configuration(proxyBeanMethods = false)
public class GraphQlScalars {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO 8601 yyyy-MM-dd.")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    return parse(input, CoercingParseValueException::new);
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    if (input instanceof StringValue s) {
                        return parse(s.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("a Date must be a string yyyy-MM-dd");
                }
            })
            .build();

    private static <E extends RuntimeException> LocalDate parse(Object input,
                                                               java.util.function.Function<String, E> error) {
        if (!(input instanceof String s)) {
            throw error.apply("a Date must be a string yyyy-MM-dd, was " + input);
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error.apply("'" + s + "' is not a date (expected yyyy-MM-dd)");
        }
    }

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DATE);
    }
}
