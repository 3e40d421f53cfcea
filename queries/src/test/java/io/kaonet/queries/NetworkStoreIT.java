package io.kaonet.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.projection.ProjectionReader;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.ActorFilter;
import io.kaonet.queries.reads.ActorQueries;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.DanglingReferenceException;
import io.kaonet.queries.writes.NetworkWriter;
import io.kaonet.queries.writes.WriteSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes, reads and projections of a small network, against the embedded database; the same tests
 * run against a server in another process through the driver ({@link ExternalNetworkStoreIT}).
 */
class NetworkStoreIT {

    private final Neo4jConnection database = database();
    private final NetworkWriter writer = new NetworkWriter(database);
    private final StoreQueries store = new StoreQueries(database);
    private final ActorQueries actors = new ActorQueries(database);
    private final Projections projections = new Projections(new ProjectionReader(database), store);

    /** The database under test. */
    Neo4jConnection database() {
        return TestDatabase.connection();
    }

    @BeforeEach
    void emptyStore() {
        TestDatabase.clear(database);
    }

    /** A small network: a university, two firms and a bank in one cluster, one seminar. */
    static NetworkBatch smallNetwork() {
        return new NetworkBatch(
                List.of(Actor.of("uni", "Tama University", ActorKind.UNIVERSITY),
                        new Actor("co1", "Hachioji Works", ActorKind.COMPANY, "machinery", "Tokyo", "Hachioji", "JP",
                                null, 1975, 40, true, List.of("laser"), List.of("machining"), List.of("sensors")),
                        Actor.of("co2", "Ome Sensors", ActorKind.COMPANY),
                        Actor.of("bank", "Tama Shinkin", ActorKind.FINANCIER)),
                List.of(new Tie(null, "uni", "co1", TieKind.JOINT_RESEARCH, LocalDate.of(2003, 4, 1), null, 2, "ties.csv:2"),
                        new Tie(null, "bank", "co1", TieKind.FINANCING, LocalDate.of(2005, 1, 1), null, 1, "ties.csv:3"),
                        new Tie(null, "co1", "co2", TieKind.SUPPLY, LocalDate.of(2008, 1, 1),
                                LocalDate.of(2010, 12, 31), 1, "ties.csv:4")),
                List.of(new Cluster("TAMA", "TAMA", "Kanto", "JP", ClusterType.METROPOLITAN, null)),
                List.of(new Membership("uni", "TAMA", LocalDate.of(2001, 4, 1), null),
                        new Membership("co1", "TAMA", LocalDate.of(2001, 4, 1), null),
                        new Membership("co2", "TAMA", LocalDate.of(2006, 4, 1), null)),
                List.of(new Activity("sem1", "Exchange meeting", ActivityKind.EXCHANGE_MEETING,
                        LocalDate.of(2004, 6, 1), LocalDate.of(2004, 6, 1), null, null)),
                List.of(new Participation("sem1", "co2", "participant", null),
                        new Participation("sem1", "bank", "participant", null),
                        new Participation("sem1", "uni", "speaker", null)));
    }

    @Test
    void writingTheSameBatchTwiceChangesNothingTheSecondTime() {
        WriteSummary first = writer.write(smallNetwork());
        WriteSummary second = writer.write(smallNetwork());

        assertThat(first.changed()).isEqualTo(smallNetwork().size());
        assertThat(second.changed()).isZero();
        assertThat(second.dataVersion()).isEqualTo(first.dataVersion());
        assertThat(store.counts()).containsEntry("actors", 4L).containsEntry("ties", 3L);
    }

    @Test
    void changedRecordMovesTheDataVersionOn() {
        long before = writer.write(smallNetwork()).dataVersion();
        WriteSummary after = writer.write(new NetworkBatch(List.of(Actor.of("co2", "Ome Sensors Ltd", ActorKind.COMPANY)),
                List.of(), List.of(), List.of(), List.of(), List.of()));

        assertThat(after.actors()).isEqualTo(1);
        assertThat(after.dataVersion()).isEqualTo(before + 1);
        assertThat(actors.byId("co2")).get().extracting(Actor::name).isEqualTo("Ome Sensors Ltd");
    }

    @Test
    void tieToUnknownActorIsRefusedAndNothingIsWritten() {
        writer.write(smallNetwork());
        var before = store.counts();
        long version = store.dataVersion();
        NetworkBatch bad = new NetworkBatch(List.of(Actor.of("co3", "New Firm", ActorKind.COMPANY)),
                List.of(new Tie(null, "co3", "ghost", TieKind.ALLIANCE, null, null, 1, "ties.csv:9")),
                List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> writer.write(bad))
                .isInstanceOf(DanglingReferenceException.class)
                .hasMessageContaining("ties.csv:9").hasMessageContaining("ghost");
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.dataVersion()).isEqualTo(version);
        assertThat(actors.byId("co3")).isEmpty();
    }

    @Test
    void actorsRoundTripWithEveryAttribute() {
        writer.write(smallNetwork());

        assertThat(actors.byId("co1")).contains(smallNetwork().actors().get(1));
    }

    @Test
    void actorPagesFollowIdOrderWithFilters() {
        writer.write(smallNetwork());

        var page1 = actors.page(ActorFilter.NONE, 2, null);
        var page2 = actors.page(ActorFilter.NONE, 2, page1.actors().get(1).id());
        var firms = actors.page(new ActorFilter(Set.of(ActorKind.COMPANY), Set.of(), Set.of(), Set.of(), Set.of(), null),
                10, null);

        assertThat(page1.actors()).extracting(Actor::id).containsExactly("bank", "co1");
        assertThat(page1.hasNext()).isTrue();
        assertThat(page1.totalCount()).isEqualTo(4);
        assertThat(page2.actors()).extracting(Actor::id).containsExactly("co2", "uni");
        assertThat(page2.hasNext()).isFalse();
        assertThat(firms.actors()).extracting(Actor::id).containsExactly("co1", "co2");
    }

    @Test
    void projectionKeepsScopeAndMergesTiesIntoTheCompactGraph() {
        writer.write(smallNetwork());

        CollaborationGraph all = projections.graph(Scope.ALL);
        CollaborationGraph in2006 = projections.graph(Scope.ALL.withAsOf(LocalDate.of(2006, 1, 1)));
        CollaborationGraph firms = projections.graph(new Scope(Set.of(), Set.of(), Set.of(), Set.of(ActorKind.COMPANY),
                Set.of(), null, null, null, false, null));

        assertThat(all.nodeCount()).isEqualTo(4);
        assertThat(all.edgeCount()).isEqualTo(3);
        assertThat(all.id(0)).isEqualTo("bank");
        assertThat(all.clusterIds()).containsExactly("TAMA");
        assertThat(in2006.edgeCount()).isEqualTo(2);
        assertThat(in2006.clusterCount(in2006.indexOf("co2").orElseThrow())).isZero();
        assertThat(firms.nodeCount()).isEqualTo(2);
        assertThat(firms.edgeCount()).isEqualTo(1);
    }

    @Test
    void activitiesBecomeCoParticipationTiesWhenAsked() {
        writer.write(smallNetwork());
        Scope withActivities = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(TieKind.JOINT_RESEARCH), null, null, null,
                true, CoParticipationWeighting.NEWMAN);

        CollaborationGraph g = projections.graph(withActivities);

        assertThat(g.edgeCount()).isEqualTo(4);
        int bank = g.indexOf("bank").orElseThrow();
        int co2 = g.indexOf("co2").orElseThrow();
        assertThat(g.weight(g.slotOf(bank, co2))).isEqualTo(0.5);
    }

    @Test
    void cachedProjectionIsReplacedAfterAWrite() {
        writer.write(smallNetwork());
        CollaborationGraph before = projections.graph(Scope.ALL);
        assertThat(projections.graph(Scope.ALL)).isSameAs(before);

        writer.write(new NetworkBatch(List.of(Actor.of("co3", "New Firm", ActorKind.COMPANY)), List.of(), List.of(),
                List.of(), List.of(), List.of()));

        assertThat(projections.graph(Scope.ALL).nodeCount()).isEqualTo(5);
    }

    @Test
    void anOlderProjectionStaysOnlyAsTheBaseOfItsScopesNextUpdate() {
        writer.write(smallNetwork());
        projections.graph(Scope.ALL);
        Scope dated = Scope.ALL.withAsOf(LocalDate.of(2006, 1, 1));
        projections.graph(dated);
        assertThat(projections.cachedProjections()).isEqualTo(2);

        writer.write(new NetworkBatch(List.of(Actor.of("co3", "New Firm", ActorKind.COMPANY)), List.of(), List.of(),
                List.of(), List.of(), List.of()));
        // The whole network's older projection is replaced by the updated one; the dated scope's
        // older one waits, never served, as the base of that scope's update.
        assertThat(projections.graph(Scope.ALL).nodeCount()).isEqualTo(5);
        assertThat(projections.cachedProjections()).isEqualTo(2);

        assertThat(projections.graph(dated).indexOf("co3")).isPresent();
        assertThat(projections.cachedProjections()).isEqualTo(2);
    }
}
