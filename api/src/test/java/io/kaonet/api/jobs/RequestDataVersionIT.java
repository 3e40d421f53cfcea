package io.kaonet.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A GraphQL query reads the data version from the store once, however many analyses and scopes it
 * asks for (the cost model and every field share it), and every query reads it again, so a write
 * between two queries by a writer that tells the API nothing is seen by the next one.
 */
class RequestDataVersionIT extends ApiIntegrationTest {

    /** Two scopes, three analyses on one of them, priced by the cost model first. */
    private static final String SEVERAL_ANALYSES = """
            { all: network { summary { actors } cohesion { density } brokers(first: 1) { totalCount } }
              tama: network(scope: {clusterIds: ["TAMA"]}) { summary { actors } } }""";

    /** The summary's counts. */
    record Summary(Integer actors, Integer ties) {
    }

    @Autowired
    MeterRegistry meters;

    @Autowired
    NetworkWriter writer;

    @Autowired
    StoreQueries store;

    private double reads() {
        return meters.get("kaonet.data.version.reads").counter().count();
    }

    @Test
    void aQueryWithSeveralAnalysesAndScopesReadsTheDataVersionOnce() {
        graphQl.document(SEVERAL_ANALYSES).execute().errors().verify();
        double before = reads();

        graphQl.document(SEVERAL_ANALYSES).execute().errors().verify().path("all.summary.actors").hasValue();

        assertThat(reads() - before).isEqualTo(1);
    }

    @Test
    void aQueryWithoutAnalysesDoesNotReadTheDataVersion() {
        double before = reads();

        graphQl.document("{ __typename actors(first: 2) { totalCount } }").execute().errors().verify();

        assertThat(reads() - before).isZero();
    }

    @Test
    void aWriteBetweenTwoQueriesIsSeenByTheNextQuery() {
        Summary before = summary();
        long version = store.dataVersion();
        Actor probe = Actor.of("rdv-probe-1", "Data version probe", ActorKind.COMPANY);
        try {
            // Written through the driver with no word to the API, as another process writing to an
            // external server would.
            writer.write(new NetworkBatch(List.of(probe), List.of(), List.of(), List.of(), List.of(), List.of()));
            assertThat(store.dataVersion()).isGreaterThan(version);

            assertThat(summary().actors()).isEqualTo(before.actors() + 1);
        } finally {
            writer.deleteActors(List.of(probe.id()));
        }
        assertThat(summary()).isEqualTo(before);
    }

    private Summary summary() {
        return graphQl.document("{ network { summary { actors ties } } }").execute()
                .path("network.summary").entity(Summary.class).get();
    }
}
