package io.kaonet.core.matchmaking.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightingTest {

    @Test
    void eachKindIsWrittenAndReadBackByItsName() {
        assertThat(Weighting.logit(10).name()).isEqualTo("conditional logit, λ 10.0");
        assertThat(Weighting.alone("activity").name()).isEqualTo("activity alone");
        assertThat(Weighting.builtIn().name()).isEqualTo("the built-in weights");
        assertThat(Weighting.blend("structural", 100, 0.25).name())
                .isEqualTo("structural alone blended with the conditional logit (λ 100.0), logit share 0.25");
        assertThat(Weighting.blend(null, 1, 0.75).name())
                .isEqualTo("the built-in weights blended with the conditional logit (λ 1.0), logit share 0.75");
        for (Weighting w : new Weighting[] {Weighting.logit(10), Weighting.alone("degree"), Weighting.builtIn(),
                Weighting.blend("participations", 1000, 0.5), Weighting.blend(null, 1, 0.75)}) {
            assertThat(Weighting.parse(w.name())).contains(w);
        }
        assertThat(Weighting.parse("the built-in weights (nothing to learn from)")).contains(Weighting.builtIn());
    }

    @Test
    void aNameNoWeightingWritesIsNotRead() {
        assertThat(Weighting.parse("")).isEmpty();
        assertThat(Weighting.parse(null)).isEmpty();
        assertThat(Weighting.parse("colour alone")).isEmpty();
        assertThat(Weighting.parse("conditional logit, λ much")).isEmpty();
    }

    @Test
    void figuresThatDoNotFitTheKindAreRefused() {
        assertThatThrownBy(() -> new Weighting(Weighting.Kind.CONDITIONAL_LOGIT, "activity", 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONDITIONAL_LOGIT");
        assertThatThrownBy(() -> Weighting.blend("activity", 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Weighting.alone("colour")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("colour");
    }
}
