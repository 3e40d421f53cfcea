package io.kaonet.api.compatibility;

import graphql.introspection.Introspection.DirectiveLocation;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.InputValueWithState;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two versions of a schema from the point of view of clients written against the old one.
 * Breaking: a removed type, field, argument, input field, enum value, union member or interface; a
 * changed kind of type; a field whose type changed other than by becoming non-null; an argument or
 * input field whose type changed other than by becoming nullable, or whose default changed; a new
 * required argument or input field (non-null without default); a removed or changed root type; a
 * removed directive clients can write in documents. Everything else new is an addition. Descriptions
 * and schema-only directives ({@code @auth}, {@code @cost}…) are not compared.
 */
final class SchemaComparison {

    /** One difference: breaking or an addition. */
    record Change(boolean breaking, String what) {
        @Override
        public String toString() {
            return (breaking ? "BREAKING: " : "added: ") + what;
        }
    }

    private static final Set<DirectiveLocation> EXECUTABLE = EnumSet.of(DirectiveLocation.QUERY,
            DirectiveLocation.MUTATION, DirectiveLocation.SUBSCRIPTION, DirectiveLocation.FIELD,
            DirectiveLocation.FRAGMENT_DEFINITION, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT,
            DirectiveLocation.VARIABLE_DEFINITION);

    private final List<Change> changes = new ArrayList<>();

    private SchemaComparison() {
    }

    /** A schema from SDL text, without runtime wiring. */
    static GraphQLSchema parse(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    /** Every difference from {@code before} to {@code after}, breaking ones and additions. */
    static List<Change> compare(GraphQLSchema before, GraphQLSchema after) {
        SchemaComparison c = new SchemaComparison();
        c.roots(before, after);
        for (GraphQLNamedType old : before.getAllTypesAsList()) {
            if (old.getName().startsWith("__")) {
                continue;
            }
            GraphQLNamedType now = (GraphQLNamedType) after.getType(old.getName());
            if (now == null) {
                c.breaking("type " + old.getName() + " removed");
            } else if (old.getClass() != now.getClass()) {
                c.breaking("type " + old.getName() + " changed kind from " + kind(old) + " to " + kind(now));
            } else {
                c.type(old, now);
            }
        }
        for (GraphQLNamedType now : after.getAllTypesAsList()) {
            if (!now.getName().startsWith("__") && before.getType(now.getName()) == null) {
                c.added("type " + now.getName());
            }
        }
        c.directives(before, after);
        return List.copyOf(c.changes);
    }

    private void roots(GraphQLSchema before, GraphQLSchema after) {
        root("query", before.getQueryType(), after.getQueryType());
        root("mutation", before.getMutationType(), after.getMutationType());
        root("subscription", before.getSubscriptionType(), after.getSubscriptionType());
    }

    private void root(String operation, GraphQLObjectType before, GraphQLObjectType after) {
        if (before != null && (after == null || !after.getName().equals(before.getName()))) {
            breaking(operation + " root type " + before.getName() + " is now " + (after == null ? "gone" : after.getName()));
        } else if (before == null && after != null) {
            added(operation + " root type " + after.getName());
        }
    }

    private void type(GraphQLNamedType old, GraphQLNamedType now) {
        if (old instanceof GraphQLFieldsContainer o && now instanceof GraphQLFieldsContainer n) {
            fields(o, n);
        }
        if (old instanceof GraphQLObjectType o && now instanceof GraphQLObjectType n) {
            interfaces(o.getName(), o.getInterfaces(), n.getInterfaces());
        }
        if (old instanceof GraphQLInterfaceType o && now instanceof GraphQLInterfaceType n) {
            interfaces(o.getName(), o.getInterfaces(), n.getInterfaces());
        }
        if (old instanceof GraphQLInputObjectType o && now instanceof GraphQLInputObjectType n) {
            inputFields(o, n);
        }
        if (old instanceof GraphQLEnumType o && now instanceof GraphQLEnumType n) {
            for (GraphQLEnumValueDefinition v : o.getValues()) {
                if (n.getValue(v.getName()) == null) {
                    breaking("enum value " + o.getName() + "." + v.getName() + " removed");
                }
            }
            for (GraphQLEnumValueDefinition v : n.getValues()) {
                if (o.getValue(v.getName()) == null) {
                    added("enum value " + n.getName() + "." + v.getName()
                            + " (clients that switch over " + n.getName() + " need a default branch)");
                }
            }
        }
        if (old instanceof GraphQLUnionType o && now instanceof GraphQLUnionType n) {
            List<String> before = o.getTypes().stream().map(GraphQLNamedType::getName).toList();
            List<String> after = n.getTypes().stream().map(GraphQLNamedType::getName).toList();
            before.stream().filter(t -> !after.contains(t))
                    .forEach(t -> breaking("union " + o.getName() + " no longer includes " + t));
            after.stream().filter(t -> !before.contains(t)).forEach(t -> added("union member " + n.getName() + "." + t));
        }
    }

    private void interfaces(String type, List<? extends GraphQLNamedType> before, List<? extends GraphQLNamedType> after) {
        List<String> now = after.stream().map(GraphQLNamedType::getName).toList();
        before.stream().map(GraphQLNamedType::getName).filter(i -> !now.contains(i))
                .forEach(i -> breaking(type + " no longer implements " + i));
    }

    private void fields(GraphQLFieldsContainer old, GraphQLFieldsContainer now) {
        for (GraphQLFieldDefinition f : old.getFieldDefinitions()) {
            String name = old.getName() + "." + f.getName();
            GraphQLFieldDefinition g = now.getFieldDefinition(f.getName());
            if (g == null) {
                breaking("field " + name + " removed");
                continue;
            }
            if (!outputCompatible(f.getType(), g.getType())) {
                breaking("field " + name + " changed type from " + print(f.getType()) + " to " + print(g.getType()));
            }
            for (GraphQLArgument a : f.getArguments()) {
                GraphQLArgument b = g.getArgument(a.getName());
                String arg = "argument " + name + "(" + a.getName() + ")";
                if (b == null) {
                    breaking(arg + " removed");
                    continue;
                }
                input(arg, a.getType(), b.getType(), a.getArgumentDefaultValue(), b.getArgumentDefaultValue());
            }
            for (GraphQLArgument b : g.getArguments()) {
                if (f.getArgument(b.getName()) == null) {
                    newInput("argument " + name + "(" + b.getName() + ")", b.getType(), b.hasSetDefaultValue());
                }
            }
        }
        for (GraphQLFieldDefinition g : now.getFieldDefinitions()) {
            if (old.getFieldDefinition(g.getName()) == null) {
                added("field " + now.getName() + "." + g.getName() + ": " + print(g.getType()));
            }
        }
    }

    private void inputFields(GraphQLInputObjectType old, GraphQLInputObjectType now) {
        for (GraphQLInputObjectField f : old.getFieldDefinitions()) {
            String name = "input field " + old.getName() + "." + f.getName();
            GraphQLInputObjectField g = now.getFieldDefinition(f.getName());
            if (g == null) {
                breaking(name + " removed");
                continue;
            }
            input(name, f.getType(), g.getType(), f.getInputFieldDefaultValue(), g.getInputFieldDefaultValue());
        }
        for (GraphQLInputObjectField g : now.getFieldDefinitions()) {
            if (old.getFieldDefinition(g.getName()) == null) {
                newInput("input field " + now.getName() + "." + g.getName(), g.getType(), g.hasSetDefaultValue());
            }
        }
    }

    private void input(String what, GraphQLType before, GraphQLType after, InputValueWithState oldDefault,
                       InputValueWithState newDefault) {
        if (!inputCompatible(before, after)) {
            breaking(what + " changed type from " + print(before) + " to " + print(after));
        }
        if (!Objects.equals(defaultText(oldDefault), defaultText(newDefault))) {
            breaking(what + " changed default from " + defaultText(oldDefault) + " to " + defaultText(newDefault));
        }
    }

    private void newInput(String what, GraphQLType type, boolean hasDefault) {
        if (type instanceof GraphQLNonNull && !hasDefault) {
            breaking("new required " + what + ": " + print(type));
        } else {
            added(what + ": " + print(type));
        }
    }

    private void directives(GraphQLSchema before, GraphQLSchema after) {
        for (GraphQLDirective d : before.getDirectives()) {
            boolean executable = d.validLocations().stream().anyMatch(EXECUTABLE::contains);
            if (executable && after.getDirective(d.getName()) == null) {
                breaking("directive @" + d.getName() + " removed");
            }
        }
    }

    /** A field's new type serves old clients if it is the same or only more strictly non-null. */
    private static boolean outputCompatible(GraphQLType before, GraphQLType after) {
        if (after instanceof GraphQLNonNull n) {
            return outputCompatible(before instanceof GraphQLNonNull b ? b.getWrappedType() : before, n.getWrappedType());
        }
        if (before instanceof GraphQLNonNull) {
            return false;
        }
        if (before instanceof GraphQLList b && after instanceof GraphQLList a) {
            return outputCompatible(b.getWrappedType(), a.getWrappedType());
        }
        return sameNamed(before, after);
    }

    /** An input's new type accepts every old value if it is the same or only more lenient about null. */
    private static boolean inputCompatible(GraphQLType before, GraphQLType after) {
        if (before instanceof GraphQLNonNull b) {
            return inputCompatible(b.getWrappedType(), after instanceof GraphQLNonNull a ? a.getWrappedType() : after);
        }
        if (after instanceof GraphQLNonNull) {
            return false;
        }
        if (before instanceof GraphQLList b && after instanceof GraphQLList a) {
            return inputCompatible(b.getWrappedType(), a.getWrappedType());
        }
        return sameNamed(before, after);
    }

    private static boolean sameNamed(GraphQLType before, GraphQLType after) {
        return before instanceof GraphQLNamedType b && after instanceof GraphQLNamedType a
                && b.getName().equals(a.getName());
    }

    private static String defaultText(InputValueWithState value) {
        if (value == null || value.isNotSet()) {
            return null;
        }
        Object v = value.getValue();
        return v instanceof graphql.language.Value<?> literal ? graphql.language.AstPrinter.printAst(literal)
                : String.valueOf(v);
    }

    private static String print(GraphQLType type) {
        return GraphQLTypeUtil.simplePrint(type);
    }

    private static String kind(GraphQLNamedType type) {
        return type.getClass().getSimpleName().replace("GraphQL", "").replace("Type", "");
    }

    private void breaking(String what) {
        changes.add(new Change(true, what));
    }

    private void added(String what) {
        changes.add(new Change(false, what));
    }
}
