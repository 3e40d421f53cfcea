package io.kaonet.api.compatibility;

import graphql.analysis.QueryTraversalOptions;
import graphql.analysis.QueryTraverser;
import graphql.execution.CoercedVariables;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a GraphQL document uses that the schema marks {@code @deprecated}: fields (as
 * {@code Type.field}), arguments ({@code Type.field(argument)}) and enum values written in the document
 * ({@code Enum.VALUE}). Shared by the checks of the documented examples and of the pages' queries.
 */
public final class DeprecatedUsage {

    private DeprecatedUsage() {
    }

    /**
     * The deprecated parts a valid document selects, in document order.
     *
     * @param variables the operation's variables as sent (they decide {@code @include}/{@code @skip}); may be
     *                  empty, since only the document's own literals are checked against the schema
     */
    public static List<String> in(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        return visit(QueryTraverser.newQueryTraverser().schema(schema).document(document)
                .coercedVariables(CoercedVariables.of(variables)));
    }

    /**
     * The deprecated parts a selection set uses when it is read on a type (a piece of a query that a
     * page puts together at run time).
     */
    public static List<String> inSelection(GraphQLSchema schema, SelectionSet selection, GraphQLCompositeType type) {
        return visit(QueryTraverser.newQueryTraverser().schema(schema).root(selection).rootParentType(type)
                .fragmentsByName(Map.of()).coercedVariables(CoercedVariables.emptyVariables()));
    }

    private static List<String> visit(QueryTraverser.Builder traverser) {
        List<String> found = new ArrayList<>();
        traverser.options(QueryTraversalOptions.defaultOptions().coerceFieldArguments(false)).build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        GraphQLFieldDefinition definition = env.getFieldDefinition();
                        String name = GraphQLTypeUtil.simplePrint(env.getFieldsContainer()) + "." + definition.getName();
                        if (definition.isDeprecated()) {
                            found.add(name);
                        }
                        for (Argument argument : env.getField().getArguments()) {
                            GraphQLArgument declared = definition.getArgument(argument.getName());
                            if (declared == null) {
                                continue;
                            }
                            if (declared.isDeprecated()) {
                                found.add(name + "(" + argument.getName() + ")");
                            }
                            if (GraphQLTypeUtil.unwrapAll(declared.getType()) instanceof GraphQLEnumType type) {
                                enumValues(type, argument.getValue(), found);
                            }
                        }
                    }
                });
        return found;
    }

    private static void enumValues(GraphQLEnumType type, Value<?> value, List<String> found) {
        if (value instanceof ArrayValue list) {
            list.getValues().forEach(v -> enumValues(type, v, found));
        } else if (value instanceof EnumValue literal) {
            GraphQLEnumValueDefinition definition = type.getValue(literal.getName());
            if (definition != null && definition.isDeprecated()) {
                found.add(type.getName() + "." + literal.getName());
            }
        }
    }
}
