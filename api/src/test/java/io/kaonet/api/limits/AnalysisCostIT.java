package io.kaonet.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.core.model.Scope;
import io.kaonet.core.timeline.PeriodBasis;
import io.kaonet.core.timeline.Periods;
import io.kaonet.queries.projection.Projections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Analyses are priced from their scope's size before anything runs, and an operation over the
 * caller's budget is refused with the field, its cost and the limit (docs/graphql.md, Limits).
 */
@SuppressWarnings("unchecked")
class AnalysisCostIT extends ApiIntegrationTest {

    private static final String KPI = "kpiSeries(periods: YEARS, firstYear: 1921, lastYear: 2020) { points { period { label } } }";

    @Autowired
    Projections projections;

    @Autowired
    AnalysisBudget budget;

    @Autowired
    WebTestClient http;

    private static String twelveAliases() {
        return "{ network { " + IntStream.rangeClosed(1, 12).mapToObj(i -> "y" + i + ": " + KPI)
                .collect(Collectors.joining(" ")) + " } }";
    }

    /** The first period's projection, which any run of the series would have read and cached. */
    private boolean firstPeriodWasProjected() {
        Scope first = PeriodBasis.AS_OF_END.scope(Scope.ALL, Periods.years(1921, 1921).get(0));
        return projections.cached(first).isPresent();
    }

    @Test
    void twelveAliasedCenturyKpiSeriesAreRefusedBeforeTheyRun() {
        assertThat(firstPeriodWasProjected()).isFalse();

        graphQl.document(twelveAliases()).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            ResponseError error = errors.get(0);
            Map<String, Object> ext = error.getExtensions();
            List<Map<String, Object>> analyses = (List<Map<String, Object>>) ext.get("analyses");
            long perSeries = ((Number) analyses.get(0).get("cost")).longValue();
            assertThat(ext).containsEntry("code", "QUERY_TOO_COSTLY")
                    .containsEntry("setting", "kaonet.graphql.analysis-budget.anonymous")
                    .containsEntry("field", "Network.kpiSeries");
            assertThat(((Number) ext.get("limit")).longValue()).isEqualTo(budget.anonymous());
            assertThat(((Number) ext.get("actual")).longValue()).isEqualTo(12 * perSeries).isGreaterThan(budget.anonymous());
            assertThat(analyses).hasSize(12).allSatisfy(a -> assertThat(a).containsEntry("field", "Network.kpiSeries"));
            assertThat(error.getMessage()).contains("Network.kpiSeries", "network.y", String.valueOf(perSeries),
                    String.valueOf(budget.anonymous()), "not run");
        });
        assertThat(firstPeriodWasProjected()).as("no period of the series was projected").isFalse();
    }

    @Test
    void aTokenHasALargerBudgetButNotLargeEnoughForTwelve() {
        as(Role.VIEWER).document(twelveAliases()).execute().errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions())
                    .containsEntry("code", "QUERY_TOO_COSTLY")
                    .containsEntry("setting", "kaonet.graphql.analysis-budget.token"));
            assertThat(((Number) errors.get(0).getExtensions().get("limit")).longValue()).isEqualTo(budget.token());
        });
        assertThat(budget.token()).isGreaterThan(budget.anonymous());
        assertThat(firstPeriodWasProjected()).isFalse();
    }

    @Test
    void theCostFollowsTheNumberOfPeriodsAndTheScopesSize() {
        long threeYears = analysisCost("{ network { kpiSeries(periods: YEARS, firstYear: 2001, lastYear: 2003) { basis } } }");
        long thirtyYears = analysisCost("{ network { kpiSeries(periods: YEARS, firstYear: 1991, lastYear: 2020) { basis } } }");
        assertThat(thirtyYears).isBetween(9 * threeYears, 11 * threeYears);

        // Measured once projected: the small scope's own size then prices it.
        String whole = "{ network { brokers(first: 1) { totalCount } } }";
        String small = "{ network(scope: {clusterIds: [\"BERLIN\"]}) { brokers(first: 1) { totalCount } } }";
        long unmeasured = analysisCost(small);
        analysisCost(whole);
        assertThat(analysisCost(small)).isLessThan(analysisCost(whole)).isLessThan(unmeasured);
    }

    @Test
    void exactBetweennessIsPricedAsNTimesMOnTheMeasuredProjection() {
        String query = "{ network(scope: {clusterIds: [\"SHIKOKU\"]}) { brokers(first: 1) { totalCount } } }";
        graphQl.document(query).execute().errors().verify();
        var graph = projections.cached(Scope.ALL.withClusters(java.util.Set.of("SHIKOKU")))
                .orElseThrow();
        long n = graph.nodeCount();
        long m = graph.edgeCount();
        double squares = 0;
        for (int u = 0; u < n; u++) {
            squares += (double) graph.degree(u) * graph.degree(u);
        }
        long expected = (long) Math.ceil((n * (n + m) + 2 * squares) / AnalysisCost.STEPS_PER_UNIT);
        assertThat(analysisCost(query)).isEqualTo(Math.max(1, expected));
    }

    private long analysisCost(String query) {
        RawGraphQl.Answer answer = new RawGraphQl(http).post(null, query, Map.of());
        assertThat(answer.errors()).isEmpty();
        return ((Number) ((Map<String, Object>) answer.responseExtensions().get("cost")).get("analysisCost")).longValue();
    }
}
