package io.kaonet.core.matchmaking.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchProjectionTest {

    private static final LocalDate Y2010 = LocalDate.of(2010, 1, 1);
    private static final LocalDate Y2015 = LocalDate.of(2015, 1, 1);

    /** c joined cluster K in 2014; b–c's supply ended in 2012; a–c's alliance began in 2015; all three met at a 2013 seminar. */
    private static final NetworkBatch BATCH = new NetworkBatch(
            List.of(Actor.of("c", "C", ActorKind.COMPANY), Actor.of("a", "A", ActorKind.COMPANY),
                    Actor.of("b", "B", ActorKind.UNIVERSITY)),
            List.of(new Tie(null, "a", "b", TieKind.JOINT_RESEARCH, Y2010, null, 2, null),
                    new Tie(null, "b", "c", TieKind.SUPPLY, Y2010, LocalDate.of(2012, 6, 30), 1, null),
                    new Tie(null, "a", "c", TieKind.ALLIANCE, Y2015, null, 1, null)),
            List.of(),
            List.of(new Membership("a", "K", Y2010, null), new Membership("c", "K", LocalDate.of(2014, 1, 1), null)),
            List.of(new Activity("s1", "Seminar", ActivityKind.SEMINAR, LocalDate.of(2013, 3, 1),
                    LocalDate.of(2013, 3, 1), null, null)),
            List.of(new Participation("s1", "a", null, null), new Participation("s1", "b", null, null),
                    new Participation("s1", "c", null, null)));

    private final BatchProjection projection = new BatchProjection(BATCH);

    @Test
    void actorsAreNumberedInIdOrder() {
        CollaborationGraph g = projection.graph(Scope.ALL);
        assertThat(List.of(g.id(0), g.id(1), g.id(2))).containsExactly("a", "b", "c");
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.clusterIds()).containsExactly("K");
    }

    @Test
    void cumulativeWindowKeepsEveryTieStartedBeforeItsEnd() {
        CollaborationGraph g = projection.graph(Scope.ALL.withWindow(null, LocalDate.of(2014, 12, 31)));
        assertThat(g.adjacent(0, 1)).isTrue();
        assertThat(g.adjacent(1, 2)).isTrue();   // ended, but existed in the window
        assertThat(g.adjacent(0, 2)).isFalse();  // begins after it
    }

    @Test
    void asOfKeepsOnlyWhatExistedThatDay() {
        CollaborationGraph g = projection.graph(Scope.ALL.withAsOf(LocalDate.of(2013, 1, 1)));
        assertThat(g.edgeCount()).isEqualTo(1);
        assertThat(g.memberOf(2, 0)).isFalse();  // c was not yet a member
        assertThat(g.memberOf(0, 0)).isTrue();
    }

    @Test
    void clusterScopeKeepsMembersWhoseMembershipOverlaps() {
        CollaborationGraph g = projection.graph(Scope.ALL.withClusters(Set.of("K")).withAsOf(LocalDate.of(2013, 1, 1)));
        assertThat(g.nodeCount()).isEqualTo(1);
        assertThat(g.id(0)).isEqualTo("a");
    }

    @Test
    void activitiesBecomeCoParticipationTiesWhenAsked() {
        Scope newman = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(TieKind.ALLIANCE), null, null, null, true,
                CoParticipationWeighting.NEWMAN);
        CollaborationGraph g = projection.graph(newman);
        // Three participants: every pair gets 1/(3-1); a–c also has its alliance (weight 1).
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.weight(g.slotOf(0, 1))).isCloseTo(0.5, within(1e-7));
        assertThat(g.weight(g.slotOf(0, 2))).isCloseTo(1.5, within(1e-7));
        assertThat(g.edgeKinds(g.edgeId(0, g.slotOf(0, 2))).asList())
                .containsExactly(TieKind.ALLIANCE, TieKind.CO_PARTICIPATION);
    }

    @Test
    void everyKeptParticipantCountsTheActivitiesItTookPartIn() {
        NetworkBatch withGrant = new NetworkBatch(BATCH.actors(), BATCH.ties(), List.of(), BATCH.memberships(),
                List.of(BATCH.activities().get(0), new Activity("g1", "Grant", ActivityKind.JOINT_RD_PROJECT,
                        LocalDate.of(2016, 5, 1), LocalDate.of(2018, 4, 30), null, null)),
                concat(BATCH.participations(), new Participation("g1", "a", null, null)));
        BatchProjection p = new BatchProjection(withGrant);
        Scope activities = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, true, null);
        CollaborationGraph all = p.graph(activities);
        // a: the 2013 seminar and a grant it held alone (no tie, but an activity); b and c: the seminar.
        assertThat(all.activityCount(0)).isEqualTo(2);
        assertThat(all.activityCount(1)).isEqualTo(1);
        assertThat(all.activityCount(2)).isEqualTo(1);
        CollaborationGraph before2016 = p.graph(activities.withWindow(null, LocalDate.of(2015, 12, 31)));
        assertThat(before2016.activityCount(0)).isEqualTo(1);
        assertThat(projection.graph(Scope.ALL).activityCount(0)).as("without activities").isZero();
    }

    private static <T> List<T> concat(List<T> list, T more) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(more);
        return out;
    }
}
