package io.kaonet.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import io.kaonet.api.support.RawGraphQl.Answer;
import io.kaonet.core.analysis.AnalysisTerminatedException;
import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Analyses computed once, stopped by a time-out or a cancel within a second, and followed as jobs
 * over GraphQL. The slow analysis is exact betweenness of a generated graph (20,000 actors, 100,000
 * ties: tens of seconds of CPU), run through the same cache and jobs as the API's own analyses.
 */
class AnalysisJobsIT extends ApiIntegrationTest {

    private static final CollaborationGraph LARGE = generated(20_000, 100_000, 8);
    private static final AtomicInteger NONCE = new AtomicInteger();

    @Autowired
    Analyses analyses;
    @Autowired
    MeterRegistry meters;
    @Autowired
    WebTestClient http;

    private RawGraphQl raw;

    @BeforeEach
    void client() {
        raw = new RawGraphQl(http);
    }

    /** A key no other test uses, so the computation is a cache miss. */
    private record Slow(int nonce) implements AnalysisKey<Object> {
    }

    private record Counted(int nonce) implements AnalysisKey<Object> {
    }

    @Nested
    class Cancellation {

        @Test
        void aWaiterWhoseTimeOutPassesStopsTheAnalysisAndFreesItsCpuWithinOneSecond() throws Exception {
            AtomicReference<Job> job = new AtomicReference<>();
            long timeout = TimeUnit.MILLISECONDS.toNanos(1_500);
            long start = System.nanoTime();
            long deadline = start + timeout;

            assertThatThrownBy(() -> Waiting.run(() -> System.nanoTime() < deadline,
                    () -> analyses.get(Scope.ALL, new Slow(NONCE.incrementAndGet()), (g, run) -> {
                        job.set((Job) run.termination());
                        return new Betweenness(LARGE, Betweenness.Parameters.exact().withThreads(2)).compute(run);
                    })))
                    .isInstanceOf(AnalysisTerminatedException.class);

            Job stopped = job.get();
            long ended = awaitEnd(stopped, 10_000);
            double latencyMillis = (ended - deadline) / 1e6;
            assertThat(stopped.state()).isEqualTo(JobState.CANCELLED);
            assertThat(stopped.done()).isPositive().isLessThan(stopped.total());
            assertThat(latencyMillis).isLessThan(1_000);
            // The CPU is freed: the analysis threads use (next to) none in the half second after the end.
            long cpuAtEnd = analysisCpuNanos();
            Thread.sleep(500);
            long cpuAfter = analysisCpuNanos();
            assertThat(TimeUnit.NANOSECONDS.toMillis(cpuAfter - cpuAtEnd)).isLessThan(50);
            System.out.printf("cancellation on time-out: stopped %.0f ms after the time-out, %d of %d sources done%n",
                    latencyMillis, stopped.done(), stopped.total());
        }

        @Test
        void cancelJobOverGraphQlStopsARunningJobWithinOneSecond() throws Exception {
            Slow key = new Slow(NONCE.incrementAndGet());
            Job job = analyses.start(Scope.ALL, key,
                    (g, run) -> new Betweenness(LARGE, Betweenness.Parameters.exact().withThreads(2)).compute(run));
            try {
                cancelOverGraphQl(job);
            } finally {
                job.cancel();
            }
        }

        private void cancelOverGraphQl(Job job) throws InterruptedException {
            awaitProgress(job);
            Answer polled = raw.post(null, "query($id: ID!) { job(id: $id) { state done total estimatedSecondsLeft } }",
                    Map.of("id", job.id()));
            assertThat(polled.errors()).isEmpty();
            @SuppressWarnings("unchecked")
            Map<String, Object> running = (Map<String, Object>) polled.data().get("job");
            assertThat(running).containsEntry("state", "RUNNING");
            // one step per source: every actor with a tie
            assertThat(((Number) running.get("total")).doubleValue()).isPositive().isLessThanOrEqualTo(LARGE.nodeCount());

            long cancelled = System.nanoTime();
            Answer answer = raw.post("Bearer " + token(Role.COORDINATOR),
                    "mutation($id: ID!) { cancelJob(id: $id) { id } }", Map.of("id", job.id()));
            assertThat(answer.errors()).isEmpty();
            long ended = awaitEnd(job, 10_000);

            assertThat(job.state()).isEqualTo(JobState.CANCELLED);
            assertThat(job.error()).isEqualTo("cancelled");
            double latencyMillis = (ended - cancelled) / 1e6;
            assertThat(latencyMillis).isLessThan(1_000);
            System.out.printf("cancelJob: stopped %.0f ms after the mutation was sent%n", latencyMillis);
        }

        @Test
        void aWaiterOfACancelledJobGetsACancelledError() throws Exception {
            Slow key = new Slow(NONCE.incrementAndGet());
            Job job = analyses.start(Scope.ALL, key,
                    (g, run) -> new Betweenness(LARGE, Betweenness.Parameters.exact().withThreads(2)).compute(run));
            awaitProgress(job);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Object> waiter = pool.submit(() -> analyses.get(Scope.ALL, key, (g, run) -> "not this"));
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (job.waiters() == 0 && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
                assertThat(job.waiters()).isEqualTo(1);
                job.cancel();
                assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(AnalysisTerminatedException.class)
                        .hasMessageContaining("was cancelled");
            } finally {
                job.cancel();
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class ComputeOnce {

        @Test
        void concurrentIdenticalRequestsComputeOnce() throws Exception {
            Counted key = new Counted(NONCE.incrementAndGet());
            AtomicInteger computations = new AtomicInteger();
            int requests = 8;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(requests);
            try {
                List<Future<Object>> answers = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return analyses.get(Scope.ALL, key, (g, run) -> {
                            computations.incrementAndGet();
                            pause(300);
                            return new Object();
                        });
                    }));
                }
                go.countDown();
                List<Object> results = new ArrayList<>();
                for (Future<Object> f : answers) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(computations).hasValue(1);
                assertThat(results).allSatisfy(r -> assertThat(r).isSameAs(results.get(0)));
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void concurrentIdenticalGraphQlRequestsComputeTheCohesionOnce() throws Exception {
            String query = "{ network(scope: {asOf: \"2003-07-17\"}) { cohesion { meanDistance diameter } } }";
            long before = reportComputations();
            int requests = 6;
            ExecutorService pool = Executors.newFixedThreadPool(requests);
            try {
                List<Future<Answer>> answers = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    answers.add(pool.submit(() -> raw.post(null, query, Map.of())));
                }
                List<Object> cohesion = new ArrayList<>();
                for (Future<Answer> f : answers) {
                    Answer a = f.get(60, TimeUnit.SECONDS);
                    assertThat(a.errors()).isEmpty();
                    cohesion.add(a.data().get("network"));
                }
                assertThat(cohesion).allSatisfy(c -> assertThat(c).isEqualTo(cohesion.get(0)));
                assertThat(reportComputations() - before).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }

        private long reportComputations() {
            return meters.find("kaonet.analysis").tag("analysis", "Report").timers().stream()
                    .mapToLong(Timer::count).sum();
        }
    }

    @Nested
    class JobsOverGraphQl {

        @Test
        void aStartedJobIsFollowedToItsEndAndTheFieldThenAnswersFromItsResult() throws Exception {
            String scope = "{asOf: \"2003-07-18\"}";
            Answer started = raw.post("Bearer " + token(Role.COORDINATOR),
                    "mutation { startAnalysisJob(scope: " + scope + ", analysis: COHESION) { id state analysis } }",
                    Map.of());
            assertThat(started.errors()).isEmpty();
            @SuppressWarnings("unchecked")
            Map<String, Object> job = (Map<String, Object>) started.data().get("startAnalysisJob");
            String id = (String) job.get("id");

            Map<String, Object> last = null;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < until) {
                Answer polled = raw.post(null, "query($id: ID!) { job(id: $id) { state done total fractionDone "
                        + "elapsedSeconds estimatedSecondsLeft error } }", Map.of("id", id));
                assertThat(polled.errors()).isEmpty();
                @SuppressWarnings("unchecked")
                Map<String, Object> j = (Map<String, Object>) polled.data().get("job");
                last = j;
                if (!"RUNNING".equals(j.get("state"))) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(last).containsEntry("state", "SUCCEEDED").containsEntry("fractionDone", 1.0)
                    .containsEntry("estimatedSecondsLeft", 0.0).containsEntry("error", null);
            assertThat(((Number) last.get("total")).doubleValue()).isPositive()
                    .isEqualTo(((Number) last.get("done")).doubleValue());

            long computed = meters.find("kaonet.analysis").tag("analysis", "Report").timers().stream()
                    .mapToLong(Timer::count).sum();
            Answer read = raw.post(null, "{ network(scope: " + scope + ") { cohesion { diameter } } }", Map.of());
            assertThat(read.errors()).isEmpty();
            assertThat(meters.find("kaonet.analysis").tag("analysis", "Report").timers().stream()
                    .mapToLong(Timer::count).sum()).isEqualTo(computed);

            Answer again = raw.post("Bearer " + token(Role.COORDINATOR),
                    "mutation { startAnalysisJob(scope: " + scope + ", analysis: COHESION) { id state } }", Map.of());
            assertThat(again.data()).isEqualTo(Map.of("startAnalysisJob", Map.of("id", id, "state", "SUCCEEDED")));
        }

        @Test
        void anUnknownJobIsNullAndCancellingItIsNotFound() {
            Answer lookup = raw.post(null, "{ job(id: \"no-such-job\") { state } }", Map.of());
            assertThat(lookup.errors()).isEmpty();
            assertThat(lookup.data()).containsEntry("job", null);

            Answer cancel = raw.post("Bearer " + token(Role.COORDINATOR),
                    "mutation { cancelJob(id: \"no-such-job\") { state } }", Map.of());
            assertThat(cancel.extensions(0)).containsEntry("code", "NOT_FOUND").containsEntry("field", "id")
                    .containsEntry("value", "no-such-job");
        }

        @Test
        void anonymousCallersCannotStartJobs() {
            Answer answer = raw.post(null, "mutation { startAnalysisJob(analysis: COHESION) { id } }", Map.of());
            assertThat(answer.extensions(0)).containsEntry("code", "UNAUTHENTICATED");
        }
    }

    @Nested
    class Metrics {

        @Test
        void analysesProjectionsImportsAndTheCachesAreOnPrometheusAndActuatorMetrics() {
            // at least one analysis and one projection have run in this context by now
            raw.post(null, "{ network(scope: {asOf: \"2003-07-19\"}) { summary { actors } } }", Map.of());
            String prometheus = http.get().uri("/actuator/prometheus")
                    .header(org.springframework.http.HttpHeaders.AUTHORIZATION, "Bearer " + token(Role.ADMIN))
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            assertThat(prometheus)
                    .contains("kaonet_analysis_seconds_count{analysis=\"Summary\",outcome=\"succeeded\"}")
                    .contains("kaonet_projection_seconds_count")
                    .contains("kaonet_import_batch_seconds_count{format=\"kaonet-csv\"}")
                    .contains("cache_gets_total{cache=\"kaonet.analyses\"")
                    .contains("cache_gets_total{cache=\"kaonet.projections\"");
            http.get().uri("/actuator/metrics/kaonet.analysis")
                    .header(org.springframework.http.HttpHeaders.AUTHORIZATION, "Bearer " + token(Role.ADMIN))
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").exists();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitProgress(Job job) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (job.done() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(job.done()).isPositive();
    }

    /** Waits for the job to leave RUNNING; returns System.nanoTime() when it was seen to. */
    private static long awaitEnd(Job job, long maxMillis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        while (job.state() == JobState.RUNNING && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    /** CPU time of the threads analyses run on (job threads and betweenness workers). */
    private static long analysisCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("kaonet-analysis")
                    || info.getThreadName().startsWith("kaonet-betweenness"))) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    private static CollaborationGraph generated(int n, int ties, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        for (int i = 0; i < n; i++) {
            b.addNode("g" + i, "generated " + i, ActorKind.COMPANY);
        }
        for (int i = 0; i < ties; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v) {
                b.addEdge(u, v);
            }
        }
        return b.build();
    }
}
