package io.kaonet.api.limits;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operation asks of the server, measured on its document before it runs.
 *
 * <ul>
 *   <li>{@code depth}: the deepest field nesting; a root field is at depth 1; fragments add no depth.</li>
 *   <li>{@code cost}: each field resolution costs its {@code @cost} weight (1 by default;
 *       {@code __typename} costs 0), and the selections under a list field are counted once per
 *       item. A list's length is its {@code first} (or {@code last}) argument; for the list fields of
 *       a connection ({@code edges}, {@code nodes}) it is the {@code first} of the field that returned
 *       the connection, so {@code totalCount} and {@code pageInfo} are counted once; otherwise its
 *       {@code @listSize} or the default list size. Sizes above the page cap count as the cap.</li>
 *   <li>{@code fields} and {@code aliases}: field selections and aliased ones, with every fragment
 *       spread expanded where it is used.</li>
 * </ul>
 * Introspection ({@code __schema}, {@code __type}) is not counted: graphql-java's good-faith
 * introspection check bounds it. Fields under {@code @skip}/{@code @include} are counted as if
 * included. Each fragment is measured once per list-size context, so the work is linear in the size
 * of the document even when fragments are spread many times; counts saturate at
 * {@link Long#MAX_VALUE}.
 *
 * @param depth   deepest field nesting
 * @param cost    estimated cost
 * @param fields  field selections, fragments expanded
 * @param aliases aliased field selections, fragments expanded
 */
public record QueryMeasurement(int depth, long cost, long fields, long aliases) {

    static final QueryMeasurement ZERO = new QueryMeasurement(0, 0, 0, 0);

    /**
     * Measures one operation.
     *
     * @param schema        the schema the document was validated against
     * @param selections    the operation's selection set
     * @param rootType      the operation's root type
     * @param fragments     the document's fragments by name
     * @param variables     the coerced variables
     * @param settings      default and largest list size
     */
    static QueryMeasurement of(GraphQLSchema schema, SelectionSet selections, GraphQLCompositeType rootType,
                               Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
                               QueryLimitSettings settings) {
        return new Walk(schema, fragments, variables, settings).selections(selections, rootType, null);
    }

    private QueryMeasurement plus(QueryMeasurement o) {
        return new QueryMeasurement(Math.max(depth, o.depth), add(cost, o.cost), add(fields, o.fields),
                add(aliases, o.aliases));
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        return product.bitLength() < Long.SIZE ? product.longValue() : Long.MAX_VALUE;
    }

    private static final class Walk {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final QueryLimitSettings settings;
        private final Map<String, QueryMeasurement> measuredFragments = new HashMap<>();
        private final Set<String> open = new HashSet<>();

        Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
             QueryLimitSettings settings) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
            this.settings = settings;
        }

        /**
         * @param pendingSize the page size of the connection these selections belong to, or null
         */
        QueryMeasurement selections(SelectionSet set, GraphQLCompositeType type, Integer pendingSize) {
            QueryMeasurement total = ZERO;
            if (set == null) {
                return total;
            }
            for (Selection<?> selection : set.getSelections()) {
                total = total.plus(selection(selection, type, pendingSize));
            }
            return total;
        }

        private QueryMeasurement selection(Selection<?> selection, GraphQLCompositeType type, Integer pendingSize) {
            if (selection instanceof Field field) {
                return field(field, type, pendingSize);
            }
            if (selection instanceof InlineFragment inline) {
                GraphQLCompositeType on = inline.getTypeCondition() == null ? type
                        : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
                return selections(inline.getSelectionSet(), on == null ? type : on, pendingSize);
            }
            if (selection instanceof FragmentSpread spread) {
                return fragment(spread.getName(), pendingSize);
            }
            return ZERO;
        }

        private QueryMeasurement fragment(String name, Integer pendingSize) {
            FragmentDefinition definition = fragments.get(name);
            String key = name + "/" + pendingSize;
            if (definition == null || open.contains(name)) {
                return ZERO;
            }
            QueryMeasurement known = measuredFragments.get(key);
            if (known != null) {
                return known;
            }
            open.add(name);
            GraphQLType on = schema.getType(definition.getTypeCondition().getName());
            QueryMeasurement measured = on instanceof GraphQLCompositeType composite
                    ? selections(definition.getSelectionSet(), composite, pendingSize) : ZERO;
            open.remove(name);
            measuredFragments.put(key, measured);
            return measured;
        }

        private QueryMeasurement field(Field field, GraphQLCompositeType parent, Integer pendingSize) {
            long alias = field.getAlias() == null ? 0 : 1;
            String name = field.getName();
            if (name.equals("__typename")) {
                return new QueryMeasurement(1, 0, 1, alias);
            }
            if (name.startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
                return ZERO;
            }
            GraphQLFieldDefinition definition = container.getFieldDefinition(name);
            if (definition == null) {
                return ZERO;
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            boolean list = type instanceof GraphQLList;
            GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
            Integer size = sizeArgument(field, definition);

            QueryMeasurement children = ZERO;
            if (field.getSelectionSet() != null && named instanceof GraphQLCompositeType composite) {
                children = selections(field.getSelectionSet(), composite, size != null && !list ? size : null);
            }
            long items = 1;
            if (list) {
                items = size != null ? size : pendingSize != null ? pendingSize : assumedSize(definition);
            }
            long cost = add(weight(definition), multiply(items, children.cost()));
            return new QueryMeasurement(children.depth() + 1, cost, add(1, children.fields()),
                    add(alias, children.aliases()));
        }

        private Integer sizeArgument(Field field, GraphQLFieldDefinition definition) {
            for (String name : List.of("first", "last")) {
                GraphQLArgument argument = definition.getArgument(name);
                if (argument == null) {
                    continue;
                }
                Object value = given(field, name);
                if (value == NOT_GIVEN && argument.hasSetDefaultValue()) {
                    value = literal(argument.getArgumentDefaultValue());
                }
                if (value instanceof Number n) {
                    return (int) Math.max(0, Math.min(n.longValue(), settings.maxListSize()));
                }
            }
            return null;
        }

        private static final Object NOT_GIVEN = new Object();

        private Object given(Field field, String name) {
            for (Argument argument : field.getArguments()) {
                if (!argument.getName().equals(name)) {
                    continue;
                }
                Value<?> value = argument.getValue();
                if (value instanceof VariableReference ref) {
                    return variables.containsKey(ref.getName()) ? variables.get(ref.getName()) : NOT_GIVEN;
                }
                return value instanceof IntValue i ? i.getValue() : null;
            }
            return NOT_GIVEN;
        }

        private static Object literal(InputValueWithState value) {
            Object v = value.getValue();
            return v instanceof IntValue i ? i.getValue() : v;
        }

        private long assumedSize(GraphQLFieldDefinition definition) {
            GraphQLAppliedDirective listSize = definition.getAppliedDirective("listSize");
            if (listSize != null && listSize.getArgument("assumedSize").getValue() instanceof Number n) {
                return Math.max(0, n.longValue());
            }
            return settings.defaultListSize();
        }

        private static long weight(GraphQLFieldDefinition definition) {
            GraphQLAppliedDirective cost = definition.getAppliedDirective("cost");
            if (cost != null && cost.getArgument("weight").getValue() instanceof Number n) {
                return Math.max(0, n.longValue());
            }
            return 1;
        }
    }
}
