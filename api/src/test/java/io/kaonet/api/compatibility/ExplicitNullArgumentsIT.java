package io.kaonet.api.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A default lives in the schema only (docs/graphql/design.md §6): an argument that has one, sent as
 * an explicit {@code null}, is refused the same way on every controller, a {@code BAD_ARGUMENT} naming
 * the argument, rather than replaced by a second default written in Java. One field per argument
 * record (the import mutations are covered by ExchangeGraphQlIT, with an ADMIN token).
 */
class ExplicitNullArgumentsIT extends ApiIntegrationTest {

    @Autowired
    WebTestClient http;

    static Stream<Arguments> explicitNulls() {
        return Stream.of(
                Arguments.of("{ actors(first: null) { totalCount } }", "first"),
                Arguments.of("{ actors(orderBy: null) { totalCount } }", "orderBy"),
                Arguments.of("{ network { brokers(groupBy: null) { totalCount } } }", "groupBy"),
                Arguments.of("{ network { brokers(weighted: null) { totalCount } } }", "weighted"),
                Arguments.of("{ network { brokers(first: 1) { edges { node { connects(first: null) { role } } } } } }", "first"),
                Arguments.of("{ network { crossIndustryTies(direction: null) { totalCount } } }", "direction"),
                Arguments.of("{ network { eiIndex(groupBy: null) { __typename } } }", "groupBy"),
                Arguments.of("{ network { smallWorld(randomGraphs: null) { __typename } } }", "randomGraphs"),
                Arguments.of("{ network { twoStepReach(first: null) { totalCount } } }", "first"),
                Arguments.of("{ network { communities(resolution: null) { __typename } } }", "resolution"),
                Arguments.of("{ network { communities { communities(first: null) { totalCount } } } }", "first"),
                Arguments.of("{ network { interClusterLinks { gatekeepers(first: null) { __typename } } } }", "first"),
                Arguments.of("{ network { interClusterLinks { links(first: null) { totalCount } } } }", "first"),
                Arguments.of("{ network { isolatedFirms(requireAll: null) { totalCount } } }", "requireAll"),
                Arguments.of("{ network { graph(maxActors: null) { __typename } } }", "maxActors"),
                Arguments.of("{ network { ego(actorId: \"tama-co-001\", radius: null) { __typename } } }", "radius"),
                Arguments.of("{ network { candidates(actorId: \"tama-co-001\", first: null) { totalCount } } }", "first"),
                Arguments.of("{ introductions(first: null) { totalCount } }", "first"),
                Arguments.of("{ network { scorecard(period: \"FY2023\", standardization: null) { __typename } } }",
                        "standardization"),
                Arguments.of("{ network { kpiSeries(basis: null) { __typename } } }", "basis"),
                Arguments.of("{ network { export(format: CSV, metrics: null) { name } } }", "metrics"),
                Arguments.of("{ network { introductionPaths(sourceActorId: \"tama-co-001\", "
                        + "targetActorId: \"tama-co-002\", first: null) { length } } }", "first"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explicitNulls")
    void anExplicitNullForADefaultedArgumentIsABadArgumentNamingIt(String document, String argument) {
        RawGraphQl.Answer answer = new RawGraphQl(http).post(null, document);

        assertThat(answer.errors()).hasSize(1);
        Map<String, Object> extensions = answer.extensions(0);
        assertThat(extensions).containsEntry("code", "BAD_ARGUMENT").containsEntry("field", argument)
                .doesNotContainKey("value");
        assertThat(answer.errors().get(0).get("message"))
                .isEqualTo(argument + " must not be null (omit it for the default)");
    }
}
