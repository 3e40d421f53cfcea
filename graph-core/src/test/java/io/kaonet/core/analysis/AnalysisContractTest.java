package io.kaonet.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.bridges.Bridges;
import io.kaonet.core.bridges.CrossIndustryTies;
import io.kaonet.core.bridges.EIIndex;
import io.kaonet.core.bridges.LocalBridges;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BrokerageRoles;
import io.kaonet.core.brokerage.StructuralHoles;
import io.kaonet.core.cohesion.CohesionReport;
import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.CoreDecomposition;
import io.kaonet.core.cohesion.DegreeStatistics;
import io.kaonet.core.collaboration.CollaborationRatios;
import io.kaonet.core.communities.ClusterAgreement;
import io.kaonet.core.communities.Leiden;
import io.kaonet.core.communities.Louvain;
import io.kaonet.core.communities.Modularity;
import io.kaonet.core.connectivity.ClusterSeparation;
import io.kaonet.core.connectivity.IntroductionPaths;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.intercluster.InterClusterLinks;
import io.kaonet.core.isolation.IsolatedFirms;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.timeline.NetworkChanges;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link Analysis}, held by every analysis that is on it: progress adds up to the
 * total it announced, a flag that turns false stops it part-way with
 * {@link AnalysisTerminatedException}, and a monitored run gives the same result as an unmonitored one.
 */
class AnalysisContractTest {

    /** A seeded random graph of 600 actors and about 2,400 ties, some of them pendants. */
    static CollaborationGraph graph() {
        SplittableRandom random = new SplittableRandom(16);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int n = 600;
        for (int i = 0; i < n; i++) {
            b.addNode(String.format("a%04d", i), "actor " + i, ActorKind.values()[i % ActorKind.values().length]);
            if (i % 7 == 0) {
                b.member(i, i % 2 == 0 ? "A" : "B");
            }
        }
        for (int i = 0; i < 2_400; i++) {
            int u = random.nextInt(n - 50);
            int v = random.nextInt(n - 50);
            if (u != v) {
                b.addEdge(u, v);
            }
        }
        for (int i = n - 50; i < n; i++) {
            b.addEdge(i, random.nextInt(n - 50));
        }
        return b.build();
    }

    /** The first half of the actors, as a graph "before" for network changes. */
    static boolean[] firstHalf(CollaborationGraph g) {
        boolean[] keep = new boolean[g.nodeCount()];
        for (int u = 0; u < keep.length / 2; u++) {
            keep[u] = true;
        }
        return keep;
    }

    static Stream<Arguments> analyses() {
        CollaborationGraph g = graph();
        return Stream.of(
                Arguments.of("exact betweenness", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new Betweenness(x, Betweenness.Parameters.exact().withThreads(2))),
                Arguments.of("sampled betweenness", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new Betweenness(x, Betweenness.Parameters.sampled(200, 7).withThreads(2))),
                Arguments.of("structural holes", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new StructuralHoles(x, StructuralHoles.Parameters.defaults().withThreads(2))),
                Arguments.of("brokerage roles", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new BrokerageRoles(x, BrokerageRoles.Parameters.byKind(x).withThreads(2))),
                Arguments.of("cohesion report", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new CohesionReport(x, CohesionReport.Parameters.defaults())),
                Arguments.of("bridges", (Function<CollaborationGraph, Analysis<?>>) Bridges::new),
                Arguments.of("local bridges", (Function<CollaborationGraph, Analysis<?>>) LocalBridges::new),
                Arguments.of("cross-industry ties", (Function<CollaborationGraph, Analysis<?>>) CrossIndustryTies::new),
                Arguments.of("E-I index by industry", (Function<CollaborationGraph, Analysis<?>>) EIIndex::byIndustry),
                Arguments.of("components", (Function<CollaborationGraph, Analysis<?>>) Components::new),
                Arguments.of("degree statistics", (Function<CollaborationGraph, Analysis<?>>) DegreeStatistics::new),
                Arguments.of("k-cores, bucket algorithm", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new CoreDecomposition(x, 1)),
                Arguments.of("k-cores, parallel peeling", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new CoreDecomposition(x, 2)),
                Arguments.of("collaboration ratios", (Function<CollaborationGraph, Analysis<?>>) CollaborationRatios::new),
                Arguments.of("isolated firms", (Function<CollaborationGraph, Analysis<?>>) IsolatedFirms::new),
                Arguments.of("inter-cluster links", (Function<CollaborationGraph, Analysis<?>>) InterClusterLinks::new),
                Arguments.of("Louvain", (Function<CollaborationGraph, Analysis<?>>) Louvain::new),
                Arguments.of("Leiden", (Function<CollaborationGraph, Analysis<?>>) Leiden::new),
                Arguments.of("cluster agreement", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new ClusterAgreement(x, new Louvain(x).compute().partition(), Modularity.Parameters.DEFAULTS)),
                Arguments.of("network changes", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new NetworkChanges(x.induced(firstHalf(x)), x, NetworkChanges.Parameters.defaults())),
                Arguments.of("cluster separation", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new ClusterSeparation(x, new ClusterSeparation.Parameters("A", "B"))),
                Arguments.of("introduction paths", (Function<CollaborationGraph, Analysis<?>>) x ->
                        new IntroductionPaths(x, new IntroductionPaths.Parameters("a0001", "a0577", 20))))
                .map(a -> Arguments.of(a.get()[0], a.get()[1], g));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void progressReachesTheTotalItAnnounced(String name, Function<CollaborationGraph, Analysis<?>> of,
                                            CollaborationGraph g) {
        Counting progress = new Counting();
        Object monitored = of.apply(g).compute(new Execution(TerminationFlag.RUNNING_TRUE, progress));
        assertThat(progress.total.get()).isPositive();
        assertThat(progress.done.get()).isEqualTo(progress.total.get());
        assertThat(monitored).usingRecursiveComparison()
                .withComparatorForType(Double::compare, Double.class)
                .isEqualTo(of.apply(g).compute());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void aFlagThatTurnsFalseStopsItPartWay(String name, Function<CollaborationGraph, Analysis<?>> of,
                                           CollaborationGraph g) {
        Counting progress = new Counting();
        // Stops once a fifth of the announced steps are done.
        TerminationFlag flag = () -> progress.total.get() == 0 || progress.done.get() * 5 < progress.total.get();
        assertThatThrownBy(() -> of.apply(g).compute(new Execution(flag, progress)))
                .isInstanceOf(AnalysisTerminatedException.class);
        assertThat(progress.done.get()).isLessThan(progress.total.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void aFlagThatIsFalseFromTheStartStopsItBeforeAnyStep(String name, Function<CollaborationGraph, Analysis<?>> of,
                                                          CollaborationGraph g) {
        Counting progress = new Counting();
        assertThatThrownBy(() -> of.apply(g).compute(new Execution(() -> false, progress)))
                .isInstanceOf(AnalysisTerminatedException.class);
        assertThat(progress.done.get()).isZero();
    }

    /** Counts what an analysis reports. */
    static final class Counting implements ProgressTracker {
        final AtomicLong total = new AtomicLong();
        final AtomicLong done = new AtomicLong();

        @Override
        public void expect(long steps) {
            total.addAndGet(steps);
        }

        @Override
        public void advance(long steps) {
            done.addAndGet(steps);
        }
    }
}
