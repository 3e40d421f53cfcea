package io.kaonet.api.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.DemoData;
import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.core.model.Period;
import io.kaonet.core.scorecard.ClusterScore;
import io.kaonet.core.scorecard.NetworkIndicators;
import io.kaonet.core.scorecard.Scorecard;
import io.kaonet.core.scorecard.ScorecardResult;
import io.kaonet.core.scorecard.Standardisation;
import io.kaonet.importers.indicators.IndicatorsCsvImporter;
import io.kaonet.queries.indicators.IndicatorStore;
import io.kaonet.queries.reads.StoreQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scorecard over HTTP on the demo network and its synthetic survey: equal to the core's
 * scorecard of the demo indicators file plus the network indicators of a graph built from the
 * generator's batch; and the indicator import, refused whole or written once.
 */
class ScorecardGraphQlIT extends ApiIntegrationTest {

    private static final String IMPORT = """
            mutation($content: String!) { importIndicators(content: $content) {
              ok truncated summary { offered changed unchanged dataVersion } problems { file line field value message } } }""";
    private static final String TEST_KEY_PERIOD = "1999";

    @Autowired
    IndicatorStore indicators;
    @Autowired
    StoreQueries store;

    @AfterEach
    void removeTestIndicators() {
        indicators.delete(List.of(new Indicator("TAMA", EvaluationArea.SATISFACTION, "it_test_score", TEST_KEY_PERIOD,
                0, null, null).key()));
    }

    private static List<Indicator> demoSurvey() {
        try (InputStream in = ScorecardGraphQlIT.class.getResourceAsStream("/demo/indicators.csv")) {
            return new IndicatorsCsvImporter().read("indicators.csv", in, (kind, ids) -> Set.copyOf(ids));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScorecardResult expected(String period, Standardisation standardisation) {
        Period p = Period.parse(period);
        List<Indicator> survey = demoSurvey().stream().filter(i -> i.period().equals(p.label())).toList();
        Set<String> clusters = survey.stream().map(Indicator::clusterId).collect(Collectors.toSet());
        List<Indicator> all = new ArrayList<>(survey);
        new NetworkIndicators(DemoData.asOf(p.end()), p.label()).compute().stream()
                .filter(i -> clusters.contains(i.clusterId())).forEach(all::add);
        return new Scorecard(p.label(), all, Scorecard.Parameters.of(standardisation)).compute();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2001-2005", "2006-2010", "2011-2020"})
    @SuppressWarnings("unchecked")
    void eachPhaseScoresTheSurveyedClustersAsTheCoreDoes(String period) {
        ScorecardResult expected = expected(period, Standardisation.RATIO_TO_MEAN);

        var response = graphQl.document("""
                        query($period: String!) { scorecard(period: $period) { period asOf standardisation
                          clusters { clusterId overallIndex grade areas { area index indicators { name value index networkDerived } } } } }""")
                .variable("period", period).execute();

        response.path("scorecard.period").entity(String.class).isEqualTo(period)
                .path("scorecard.asOf").entity(String.class).isEqualTo(Period.parse(period).end().toString())
                .path("scorecard.clusters[*].clusterId").entityList(String.class)
                .isEqualTo(expected.clusters().stream().map(ClusterScore::clusterId).toList())
                .hasSize(5).contains("TAMA", "HOKKAIDO", "KINKI-BIO", "HAMAMATSU", "SHIKOKU");
        List<Map<String, Object>> clusters = response.path("scorecard.clusters").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        for (int i = 0; i < clusters.size(); i++) {
            ClusterScore e = expected.clusters().get(i);
            Map<String, Object> c = clusters.get(i);
            assertThat(((Number) c.get("overallIndex")).doubleValue()).isCloseTo(e.overallIndex(), within(1e-9));
            assertThat(c.get("grade")).isEqualTo(e.grade().name());
            List<Map<String, Object>> areas = (List<Map<String, Object>>) c.get("areas");
            assertThat(areas).extracting(a -> a.get("area")).containsExactly("CLUSTER_CORE", "COLLABORATION", "R_AND_D",
                    "NEW_BUSINESS", "ECONOMIC_EFFECT", "SATISFACTION");
            List<Map<String, Object>> core = (List<Map<String, Object>>) areas.get(0).get("indicators");
            assertThat(core).extracting(x -> x.get("name")).contains(NetworkIndicators.MEAN_DEGREE, "participation_frequency");
        }
    }

    @Test
    void aNegativeValueIsUndefinedAsARatioAndScoredAsADeviation() {
        ScorecardResult expected = expected("2006-2010", Standardisation.DEVIATION_SCORE);
        String query = """
                { scorecard(period: "2006-2010", standardisation: %s) {
                  clusters { clusterId overallIndex areas { area indicators { name index } } } } }""";

        List<Object> ratio = graphQl.document(query.formatted("RATIO_TO_MEAN")).execute()
                .path("scorecard.clusters[*].areas[?(@.area == 'ECONOMIC_EFFECT')].indicators[?(@.name == 'sales_change_pct')].index")
                .entityList(Object.class).get();
        var deviation = graphQl.document(query.formatted("DEVIATION_SCORE")).execute();

        assertThat(ratio).hasSize(5).containsOnlyNulls();
        deviation.path("scorecard.clusters[*].areas[?(@.area == 'ECONOMIC_EFFECT')].indicators[?(@.name == 'sales_change_pct')].index")
                .entityList(Double.class).hasSize(5);
        deviation.path("scorecard.clusters[*].clusterId").entityList(String.class)
                .isEqualTo(expected.clusters().stream().map(ClusterScore::clusterId).toList());
        deviation.path("scorecard.clusters[0].overallIndex").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(expected.clusters().get(0).overallIndex(), within(1e-9)));
    }

    @Test
    void anIndicatorWithoutIndexSaysWhyAndSharesInPerCentAreAlsoGivenFromZeroToOne() {
        graphQl.document("""
                        { network { scorecard(period: "2006-2010") { clusters { cluster { id } areas { area indicators {
                          name value unit mean share meanShare index indexMissingBecause } } } } } }""").execute()
                .path("network.scorecard.clusters[*].areas[*].indicators[?(@.name == 'sales_change_pct')].indexMissingBecause")
                .entityList(String.class).hasSize(5).satisfies(l -> assertThat(l).containsOnly("NEGATIVE_VALUE"))
                .path("network.scorecard.clusters[*].areas[*].indicators[?(@.index != null)].indexMissingBecause")
                .entityList(Object.class).satisfies(l -> assertThat(l).isNotEmpty().containsOnlyNulls())
                .path("network.scorecard.clusters[?(@.cluster.id == 'SHIKOKU')].areas[*].indicators[?(@.name == '"
                        + NetworkIndicators.INDUSTRY_ACADEMIA_GOVERNMENT + "')]").entityList(Map.class)
                .satisfies(l -> {
                    assertThat(l).hasSize(1);
                    Map<?, ?> iag = l.get(0);
                    assertThat(iag.get("unit")).isEqualTo("%");
                    assertThat(((Number) iag.get("share")).doubleValue()).isCloseTo(((Number) iag.get("value")).doubleValue() / 100,
                            within(1e-15));
                    assertThat(((Number) iag.get("meanShare")).doubleValue()).isCloseTo(((Number) iag.get("mean")).doubleValue() / 100,
                            within(1e-15));
                    // The same share as the collaboration ratios give it, 0-1, for the cluster in the whole network
                    // on the period's last day.
                    double ratio = graphQl.document("""
                                    { network(scope: {asOf: "2010-12-31"}) {
                                      collaborationRatios { byCluster { cluster { id } ratios { industryAcademiaGovernment } } } } }""")
                            .execute().path("network.collaborationRatios.byCluster[?(@.cluster.id == 'SHIKOKU')]"
                                    + ".ratios.industryAcademiaGovernment").entityList(Double.class).get().get(0);
                    assertThat(((Number) iag.get("share")).doubleValue()).isCloseTo(ratio, within(1e-12));
                })
                .path("network.scorecard.clusters[*].areas[*].indicators[?(@.unit != '%')].share").entityList(Object.class)
                .satisfies(l -> assertThat(l).isNotEmpty().containsOnlyNulls());
    }

    @Test
    void aPeriodWithoutSurveyScoresNoClusterAndABadPeriodIsRefused() {
        graphQl.document("{ scorecard(period: \"2030\") { clusters { clusterId } } }").execute()
                .path("scorecard.clusters").entityList(Object.class).hasSize(0);
        graphQl.document("{ scorecard(period: \"FY2009\") { period } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("is not a period");
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_ARGUMENT");
        });
    }

    @Test
    void theDemoSurveyHasThePhases() {
        graphQl.document("{ indicatorPeriods }").execute().path("indicatorPeriods").entityList(String.class)
                .contains("2001-2005", "2006-2010", "2011-2020");
    }

    @Test
    void aBadFileIsRefusedWholeAndChangesNothing() {
        long version = store.dataVersion();
        String content = """
                cluster,area,indicator,period,value
                TAMA,SATISFACTION,it_test_score,1999,4.1
                NO-SUCH-CLUSTER,SATISFACTION,it_test_score,1999,3.9
                TAMA,SATISFACTION,it_test_score,1999,4.2
                """;

        as(Role.ADMIN).document(IMPORT).variable("content", content).execute()
                .path("importIndicators.ok").entity(Boolean.class).isEqualTo(false)
                .path("importIndicators.summary").valueIsNull()
                .path("importIndicators.problems[*].line").entityList(Integer.class).containsExactly(4, 3)
                .path("importIndicators.problems[*].field").entityList(String.class).containsExactly(null, "cluster")
                .path("importIndicators.problems[1].value").entity(String.class).isEqualTo("NO-SUCH-CLUSTER");
        assertThat(store.dataVersion()).isEqualTo(version);
        assertThat(indicators.forPeriod(TEST_KEY_PERIOD)).isEmpty();
    }

    @Test
    void aGoodFileIsWrittenOnceAndScored() {
        String content = "cluster,area,indicator,period,value,unit\nTAMA,SATISFACTION,it_test_score,1999,4.1,points of 5\n";

        as(Role.ADMIN).document(IMPORT).variable("content", content).execute()
                .path("importIndicators.ok").entity(Boolean.class).isEqualTo(true)
                .path("importIndicators.summary.changed").entity(Integer.class).isEqualTo(1);
        as(Role.ADMIN).document(IMPORT).variable("content", content).execute()
                .path("importIndicators.summary.changed").entity(Integer.class).isEqualTo(0)
                .path("importIndicators.summary.unchanged").entity(Integer.class).isEqualTo(1);
        graphQl.document("{ scorecard(period: \"1999\") { clusters { clusterId grade areas { area index } } } }").execute()
                .path("scorecard.clusters[*].clusterId").entityList(String.class).containsExactly("TAMA")
                .path("scorecard.clusters[0].grade").entity(String.class).isEqualTo("B");
    }
}
