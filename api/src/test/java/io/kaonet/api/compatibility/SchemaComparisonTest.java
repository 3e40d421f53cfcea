package io.kaonet.api.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.compatibility.SchemaComparison.Change;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which schema changes break old clients and which are additions. */
class SchemaComparisonTest {

    private static final String BASE = """
            directive @auth(role: String!) on FIELD_DEFINITION
            type Query {
              actor(id: ID!): Actor
              actors(first: Int = 20, after: String, filter: Filter): [Actor!]!
              kind: Kind
              thing: Thing
            }
            type Actor implements Node { id: ID! name: String! industry: String tags: [String] }
            interface Node { id: ID! }
            input Filter { name: String kinds: [Kind!] }
            enum Kind { COMPANY UNIVERSITY }
            union Thing = Actor
            type Mutation { importFiles(files: [String!]!): Boolean @auth(role: "ADMIN") }
            """;

    private static List<Change> changes(String before, String after) {
        return SchemaComparison.compare(SchemaComparison.parse(before), SchemaComparison.parse(after));
    }

    private static List<String> breaking(String after) {
        return changes(BASE, after).stream().filter(Change::breaking).map(Change::what).toList();
    }

    private static String edit(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    @Test
    void identicalSchemaHasNoChanges() {
        assertThat(changes(BASE, BASE)).isEmpty();
    }

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                Arguments.of("removed field", edit(" industry: String", ""), "field Actor.industry removed"),
                Arguments.of("removed type", edit("union Thing = Actor", "").replace("thing: Thing", ""),
                        "type Thing removed"),
                Arguments.of("changed field type", edit("name: String!", "name: Int!"),
                        "field Actor.name changed type from String! to Int!"),
                Arguments.of("output made nullable", edit("name: String!", "name: String"),
                        "field Actor.name changed type from String! to String"),
                Arguments.of("list became scalar", edit("tags: [String]", "tags: String"),
                        "field Actor.tags changed type from [String] to String"),
                Arguments.of("removed enum value", edit("COMPANY UNIVERSITY", "COMPANY"),
                        "enum value Kind.UNIVERSITY removed"),
                Arguments.of("removed argument", edit("after: String, ", ""), "argument Query.actors(after) removed"),
                Arguments.of("argument made required", edit("after: String,", "after: String!,"),
                        "argument Query.actors(after) changed type from String to String!"),
                Arguments.of("argument type changed", edit("actor(id: ID!)", "actor(id: Int!)"),
                        "argument Query.actor(id) changed type from ID! to Int!"),
                Arguments.of("argument default changed", edit("first: Int = 20", "first: Int = 50"),
                        "argument Query.actors(first) changed default from 20 to 50"),
                Arguments.of("new required argument", edit("actor(id: ID!)", "actor(id: ID!, at: String!)"),
                        "new required argument Query.actor(at): String!"),
                Arguments.of("new required input field", edit("input Filter { name: String", "input Filter { name: String region: String!"),
                        "new required input field Filter.region: String!"),
                Arguments.of("removed input field", edit(" kinds: [Kind!] ", " "), "input field Filter.kinds removed"),
                Arguments.of("kind of type changed", edit("enum Kind { COMPANY UNIVERSITY }", "scalar Kind"),
                        "type Kind changed kind from Enum to Scalar"),
                Arguments.of("removed union member", edit("union Thing = Actor", "type Other { x: Int }\nunion Thing = Other"),
                        "union Thing no longer includes Actor"),
                Arguments.of("removed interface", edit("type Actor implements Node {", "type Actor {"),
                        "Actor no longer implements Node"),
                Arguments.of("removed mutation type", edit(
                                "type Mutation { importFiles(files: [String!]!): Boolean @auth(role: \"ADMIN\") }", ""),
                        "mutation root type Mutation is now gone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void breakingChangeIsReported(String what, String after, String expected) {
        assertThat(breaking(after)).contains(expected);
    }

    static Stream<Arguments> safeChanges() {
        return Stream.of(
                Arguments.of("new field", edit("tags: [String] }", "tags: [String] founded: Int }")),
                Arguments.of("new type and field", BASE + "type Broker { id: ID! }\nextend type Query { brokers: [Broker!]! }"),
                Arguments.of("new optional argument", edit("actor(id: ID!)", "actor(id: ID!, asOf: String)")),
                Arguments.of("new argument with default", edit("actor(id: ID!)", "actor(id: ID!, depth: Int! = 1)")),
                Arguments.of("new enum value", edit("COMPANY UNIVERSITY", "COMPANY UNIVERSITY TLO")),
                Arguments.of("output made non-null", edit("industry: String", "industry: String!")),
                Arguments.of("list items made non-null", edit("tags: [String]", "tags: [String!]")),
                Arguments.of("argument made optional", edit("actor(id: ID!)", "actor(id: ID)")),
                Arguments.of("new optional input field", edit("input Filter { name: String", "input Filter { name: String region: String")),
                Arguments.of("new mutation", edit("type Mutation {", "type Mutation { recordIntroduction(a: ID!, b: ID!): Boolean @auth(role: \"COORDINATOR\")")),
                Arguments.of("role of a mutation changed", edit("@auth(role: \"ADMIN\")", "@auth(role: \"COORDINATOR\")")),
                Arguments.of("description added", edit("type Actor implements", "\"An organisation.\"\ntype Actor implements")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("safeChanges")
    void safeChangeIsNotBreaking(String what, String after) {
        assertThat(breaking(after)).isEmpty();
    }

    @Test
    void additionsAreReported() {
        List<Change> changes = changes(BASE, BASE + "type Broker { id: ID! }\nextend type Query { brokers: [Broker!]! }");

        assertThat(changes).extracting(Change::toString)
                .containsExactlyInAnyOrder("added: type Broker", "added: field Query.brokers: [Broker!]!");
    }
}
