package io.kaonet.api.limits;

import io.kaonet.api.jobs.Waiting;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The query limits on a small literal schema, run through graphql-java with the instrumentation:
 * each limit refuses with its exact numbers before anything runs, and the measurement follows the
 * documented cost model (the expected figures are worked out next to each query).
 */
class QueryLimitsTest {

    private static final String SDL = """
            directive @cost(weight: Int!) on FIELD_DEFINITION
            directive @listSize(assumedSize: Int!) on FIELD_DEFINITION
            type Query {
              node(id: ID!): Node
              nodes(first: Int = 10, after: String): NodeConnection!
              unpaged: NodeConnection!
              all: [Node!]!
              few: [Node!]! @listSize(assumedSize: 2)
              tags: [String!]!
              expensive: Int @cost(weight: 50)
              slow: Int
              fast: Int
              polling: Int
            }
            type Mutation { touch: Int }
            type Node {
              id: ID!
              name: String
              parent: Node
              children(first: Int): [Node!]!
            }
            type NodeConnection { edges: [NodeEdge!]! totalCount: Int! pageInfo: PageInfo! }
            type NodeEdge { cursor: String! node: Node! }
            type PageInfo { hasNextPage: Boolean! }
            """;

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse(SDL), RuntimeWiring.newRuntimeWiring().build());

    private static QueryLimitSettings limits(int maxDepth, long maxCost, int maxFields, int maxAliases) {
        return new QueryLimitSettings(maxDepth, maxCost, maxFields, maxAliases, 20, 100, Duration.ofSeconds(5));
    }

    private static final QueryLimitSettings GENEROUS = limits(100, 1_000_000, 10_000, 1_000);

    /** Measures a document the way the instrumentation does, without running it. */
    private static QueryMeasurement measure(String document, Map<String, Object> variables) {
        Document doc = Parser.parse(document);
        OperationDefinition operation = doc.getDefinitionsOfType(OperationDefinition.class).get(0);
        Map<String, FragmentDefinition> fragments = doc.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
        return QueryMeasurement.of(SCHEMA, operation.getSelectionSet(), SCHEMA.getQueryType(), fragments, variables,
                GENEROUS);
    }

    private static QueryMeasurement measure(String document) {
        return measure(document, Map.of());
    }

    /** Runs a document with the limits; every non-trivial fetch is counted and returns 1. */
    private static final class Run {
        final AtomicInteger fetches = new AtomicInteger();
        final AtomicLong clock = new AtomicLong();
        final AtomicInteger polls = new AtomicInteger();
        final GraphQL graphQl;

        Run(QueryLimitSettings settings) {
            DataFetcher<Object> one = env -> {
                fetches.incrementAndGet();
                return 1;
            };
            DataFetcher<Object> slow = env -> {
                fetches.incrementAndGet();
                clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
                return 1;
            };
            // An analysis: 100 steps of 100 ms, polling the waiter's flag before each, as Analyses does.
            DataFetcher<Object> polling = env -> {
                for (int step = 0; step < 100; step++) {
                    polls.incrementAndGet();
                    Waiting.current().assertRunning();
                    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
                }
                return 1;
            };
            RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                    .type("Query", t -> t.dataFetcher("fast", one).dataFetcher("slow", slow)
                            .dataFetcher("polling", polling)
                            .dataFetcher("expensive", one).dataFetcher("tags", env -> List.of("a")))
                    .type("Mutation", t -> t.dataFetcher("touch", one))
                    .build();
            GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
            graphQl = GraphQL.newGraphQL(schema).instrumentation(new QueryLimits(settings, clock::get)).build();
        }

        ExecutionResult execute(String document) {
            return graphQl.execute(ExecutionInput.newExecutionInput(document).build());
        }
    }

    /** The extensions of the one error of a result, as the client sees them (classification included). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(ExecutionResult result) {
        assertThat(result.getErrors()).hasSize(1);
        return (Map<String, Object>) result.getErrors().get(0).toSpecification().get("extensions");
    }

    @Nested
    class Measurement {

        @Test
        void rootFieldIsDepthOneAndEachNestingAddsOne() {
            // node 1 > parent 2 > parent 3 > parent 4 > id 5
            assertThat(measure("{ node(id: 1) { parent { parent { parent { id } } } } }").depth()).isEqualTo(5);
        }

        @Test
        void fragmentsAddNoDepth() {
            assertThat(measure("""
                    { node(id: 1) { ...F ... on Node { parent { id } } } }
                    fragment F on Node { parent { parent { id } } }""").depth()).isEqualTo(4);
        }

        @Test
        void connectionMultipliesItsEdgesByFirstButCountsTotalAndPageInfoOnce() {
            // node: 1 + (id 1 + name 1) = 3; edges: 1 + 5 x (cursor 1 + node 3) = 21;
            // nodes: 1 + (totalCount 1 + edges 21 + pageInfo (1 + 1)) = 25
            QueryMeasurement m = measure("{ nodes(first: 5) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage } } }");
            assertThat(m.cost()).isEqualTo(25);
            assertThat(m.fields()).isEqualTo(9);
            assertThat(m.depth()).isEqualTo(4);
        }

        @Test
        void omittedFirstCountsItsDefault() {
            // default first 10: edges 1 + 10 x (node 1 + id 1) = 21; nodes 1 + 21 = 22
            assertThat(measure("{ nodes { edges { node { id } } } }").cost()).isEqualTo(22);
        }

        @Test
        void firstFromAVariableCounts() {
            // edges 1 + 7 x 2 = 15; nodes 16
            assertThat(measure("query($n: Int) { nodes(first: $n) { edges { node { id } } } }", Map.of("n", 7)).cost())
                    .isEqualTo(16);
        }

        @Test
        void firstAboveThePageCapCountsAsTheCap() {
            // max list size 100: edges 1 + 100 x 2 = 201; nodes 202
            assertThat(measure("{ nodes(first: 100000) { edges { node { id } } } }").cost()).isEqualTo(202);
        }

        @Test
        void connectionWithoutFirstUsesTheDefaultListSize() {
            // default list size 20: edges 1 + 20 x 2 = 41; unpaged 42
            assertThat(measure("{ unpaged { edges { node { id } } } }").cost()).isEqualTo(42);
        }

        @Test
        void unpagedListsUseListSizeOrTheDefault() {
            assertThat(measure("{ all { id } }").cost()).isEqualTo(1 + 20);
            assertThat(measure("{ few { id } }").cost()).isEqualTo(1 + 2);
        }

        @Test
        void nestedListsMultiply() {
            // all: 1 + 20 x children(1 + 3 x (id 1 + name 1)) = 1 + 20 x 7 = 141
            assertThat(measure("{ all { children(first: 3) { id name } } }").cost()).isEqualTo(141);
        }

        @Test
        void scalarListsAndTypenameCostTheirFetchOnly() {
            assertThat(measure("{ tags __typename }").cost()).isEqualTo(1);
            assertThat(measure("{ tags __typename }").fields()).isEqualTo(2);
        }

        @Test
        void costDirectiveWeighsAField() {
            assertThat(measure("{ expensive fast }").cost()).isEqualTo(51);
        }

        @Test
        void fragmentsAreCountedWhereverTheyAreSpread() {
            // each spread: parent 1 + (id 1 + name 1) = 3 cost, 3 fields; three aliased nodes: 3 x (1 + 3)
            QueryMeasurement m = measure("""
                    { a: node(id: 1) { ...F } b: node(id: 2) { ...F } c: node(id: 3) { ...F } }
                    fragment F on Node { parent { id name } }""");
            assertThat(m.cost()).isEqualTo(12);
            assertThat(m.fields()).isEqualTo(12);
            assertThat(m.aliases()).isEqualTo(3);
        }

        @Test
        void introspectionIsNotCounted() {
            QueryMeasurement m = measure("{ __schema { types { fields { type { ofType { ofType { name } } } } } } fast }");
            assertThat(m).isEqualTo(new QueryMeasurement(1, 1, 1, 0));
        }

        @Test
        @Timeout(10)
        void nestedFragmentBombIsMeasuredExactlyWithoutExpandingIt() {
            // F0 = { id }, Fi = { a: parent { ...F(i-1) } b: parent { ...F(i-1) } }: 2^40 leaves
            StringBuilder doc = new StringBuilder("{ node(id: 1) { ...F40 } }\nfragment F0 on Node { id }\n");
            for (int i = 1; i <= 40; i++) {
                doc.append("fragment F").append(i).append(" on Node { a: parent { ...F").append(i - 1)
                        .append(" } b: parent { ...F").append(i - 1).append(" } }\n");
            }
            QueryMeasurement m = measure(doc.toString());
            long leaves = 1L << 40;
            // fields below node: 2 + 4 + ... + 2^40 parents and 2^40 ids
            assertThat(m.fields()).isEqualTo(1 + (2 * leaves - 2) + leaves);
            assertThat(m.aliases()).isEqualTo(2 * leaves - 2);
            assertThat(m.depth()).isEqualTo(42);
        }
    }

    @Nested
    class Refusal {

        @Test
        void tooDeepIsRefusedWithLimitAndActualAndNothingRuns() {
            Run run = new Run(limits(4, 1_000, 100, 10));

            ExecutionResult result = run.execute("{ fast node(id: 1) { parent { parent { parent { id } } } } }");

            assertThat(only(result)).containsEntry("code", "QUERY_TOO_DEEP").containsEntry("limit", 4L)
                    .containsEntry("actual", 5L).containsEntry("classification", "BAD_REQUEST");
            assertThat(result.getErrors().get(0).getMessage()).isEqualTo(
                    "query depth 5 exceeds the limit of 4 by 1; the operation was not run");
            assertThat(result.<Object>getData()).isNull();
            assertThat(run.fetches).hasValue(0);
        }

        @Test
        void queryAtTheLimitRuns() {
            Run run = new Run(limits(5, 6, 6, 0));

            ExecutionResult result = run.execute("{ node(id: 1) { parent { parent { parent { id } } } } fast }");

            assertThat(result.getErrors()).isEmpty();
            assertThat(run.fetches).hasValue(1);
            assertThat(result.getExtensions()).containsEntry("cost",
                    Map.of("depth", 5, "cost", 6L, "fields", 6L, "aliases", 0L));
        }

        @Test
        void tooCostlyIsRefusedWithLimitAndActual() {
            Run run = new Run(limits(10, 100, 100, 10));

            // all: 1 + 20 x children(1 + 3 x 2) = 141
            ExecutionResult result = run.execute("{ all { children(first: 3) { id name } } }");

            assertThat(only(result)).containsEntry("code", "QUERY_TOO_COSTLY").containsEntry("limit", 100L)
                    .containsEntry("actual", 141L).containsEntry("setting", "kaonet.graphql.max-cost");
            assertThat(result.getErrors().get(0).getMessage()).contains("141", "100", "by 41");
        }

        @Test
        void aliasFloodIsRefused() {
            Run run = new Run(limits(10, 1_000, 1_000, 50));
            String flood = IntStream.range(0, 60).mapToObj(i -> "a" + i + ": fast").collect(Collectors.joining(" "));

            ExecutionResult result = run.execute("{ " + flood + " }");

            assertThat(only(result)).containsEntry("code", "TOO_MANY_ALIASES").containsEntry("limit", 50L)
                    .containsEntry("actual", 60L);
            assertThat(run.fetches).hasValue(0);
        }

        @Test
        void tooManyFieldsIsRefused() {
            Run run = new Run(limits(10, 1_000, 5, 50));

            ExecutionResult result = run.execute("{ fast slow expensive tags node(id: 1) { id name } }");

            assertThat(only(result)).containsEntry("code", "TOO_MANY_FIELDS").containsEntry("limit", 5L)
                    .containsEntry("actual", 7L);
        }

        @Test
        void everyBrokenLimitIsReported() {
            Run run = new Run(limits(2, 10, 5, 1));

            ExecutionResult result = run.execute("{ x: node(id: 1) { parent { id } } y: all { id } }");

            List<Object> codes = new ArrayList<>();
            for (GraphQLError e : result.getErrors()) {
                codes.add(e.getExtensions().get("code"));
            }
            // depth 3 > 2; cost (1 + 1 + 1) + (1 + 20) = 24 > 10; fields 5 = 5; aliases 2 > 1
            assertThat(codes).containsExactly("QUERY_TOO_DEEP", "QUERY_TOO_COSTLY", "TOO_MANY_ALIASES");
        }

        @Test
        void mutationsAreHeldToTheSameLimits() {
            Run run = new Run(limits(10, 1_000, 1_000, 2));

            ExecutionResult result = run.execute("mutation { a: touch b: touch c: touch }");

            assertThat(only(result)).containsEntry("code", "TOO_MANY_ALIASES").containsEntry("actual", 3L);
            assertThat(run.fetches).hasValue(0);
        }
    }

    @Nested
    class TimeOut {

        @Test
        void noFetchStartsAfterTheTimeOutAndTheAnswerIsOneTimeoutError() {
            Run run = new Run(new QueryLimitSettings(10, 1_000, 100, 10, 20, 100, Duration.ofSeconds(1)));

            // slow advances the clock by 2 s, so fast (fetched after it) must not run
            ExecutionResult result = run.execute("{ slow fast }");

            assertThat(only(result)).containsEntry("code", "TIMEOUT").containsEntry("classification", "TIMEOUT")
                    .containsEntry("limit", 1000L).containsEntry("actual", 2000L);
            assertThat(result.<Object>getData()).isNull();
            assertThat(run.fetches).hasValue(1);
        }

        @Test
        void aRunningAnalysisStopsAtItsFirstPollAfterTheTimeOut() {
            Run run = new Run(new QueryLimitSettings(10, 1_000, 100, 10, 20, 100, Duration.ofSeconds(1)));

            ExecutionResult result = run.execute("{ polling }");

            // polls 1..11 see 0..1000 ms (within the limit); poll 12 sees 1100 ms and stops it
            assertThat(run.polls).hasValue(12);
            assertThat(only(result)).containsEntry("code", "TIMEOUT").containsEntry("actual", 1100L);
            assertThat(Waiting.current().running()).isTrue();
        }

        @Test
        void requestWithinTheTimeOutAnswersNormally() {
            Run run = new Run(new QueryLimitSettings(10, 1_000, 100, 10, 20, 100, Duration.ofSeconds(3)));

            ExecutionResult result = run.execute("{ slow fast }");

            assertThat(result.getErrors()).isEmpty();
            assertThat(result.<Map<String, Object>>getData()).containsEntry("slow", 1).containsEntry("fast", 1);
        }
    }
}
