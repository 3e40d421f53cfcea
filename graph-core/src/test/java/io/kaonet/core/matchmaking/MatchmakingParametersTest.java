package io.kaonet.core.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.linkprediction.LinkPredictionIndex;
import io.kaonet.core.model.TieKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchmakingParametersTest {

    private static final Matchmaking.Parameters DEFAULTS = Matchmaking.Parameters.defaults();

    @Test
    void negativeWeightIsRefusedByName() {
        assertThatThrownBy(() -> new Matchmaking.Parameters.Weights(1, 1, 1, -0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds").hasMessageContaining("-0.5");
    }

    @Test
    void infiniteOrNanWeightIsRefused() {
        assertThatThrownBy(() -> Matchmaking.Parameters.Weights.of(1, 1, 1, 1, 1, 1, 1, 1, 1, Double.POSITIVE_INFINITY, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("structuralValue");
        assertThatThrownBy(() -> Matchmaking.Parameters.Weights.of(Double.NaN, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("structural");
    }

    @Test
    void weightsRoundTripThroughArrays() {
        double[] w = Matchmaking.Parameters.Weights.DEFAULT.toArray();
        assertThat(Matchmaking.Parameters.Weights.of(w)).isEqualTo(Matchmaking.Parameters.Weights.DEFAULT);
        assertThatThrownBy(() -> Matchmaking.Parameters.Weights.of(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void preferentialAttachmentIsNotAStructuralIndex() {
        assertThatThrownBy(() -> DEFAULTS.withStructuralIndex(LinkPredictionIndex.PREFERENTIAL_ATTACHMENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activity");
    }

    @Test
    void collaborationKindsMustNotBeEmpty() {
        assertThatThrownBy(() -> DEFAULTS.withCollaborationKinds(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coParticipationIsACollaborationKindWhenActivitiesAreProjected() {
        assertThat(DEFAULTS.withCollaborationKinds(Set.of(TieKind.CO_PARTICIPATION)).collaborationKinds())
                .containsExactly(TieKind.CO_PARTICIPATION);
    }

    @Test
    void brokerPivotsMustBePositive() {
        assertThatThrownBy(() -> new Matchmaking.Parameters(Matchmaking.Parameters.Weights.DEFAULT,
                LinkPredictionIndex.ADAMIC_ADAR, Set.of(TieKind.SUPPLY), true, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("brokerPivots");
    }

    @Test
    void scorePartNamesFollowTheWeights() {
        assertThat(ScoreParts.NAMES).hasSize(CandidateScores.PARTS)
                .hasSize(Matchmaking.Parameters.Weights.EQUAL.toArray().length);
    }
}
