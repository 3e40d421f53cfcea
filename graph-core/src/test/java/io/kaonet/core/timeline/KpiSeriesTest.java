package io.kaonet.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Period;
import io.kaonet.core.model.TieKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiSeriesTest {

    /** Firms f1, f2, f3 and university u; {@code ties} of them joined. */
    private static CollaborationGraph network(int ties) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int f1 = b.addNode("f1", null, ActorKind.COMPANY);
        int f2 = b.addNode("f2", null, ActorKind.COMPANY);
        int f3 = b.addNode("f3", null, ActorKind.COMPANY);
        int u = b.addNode("u", null, ActorKind.UNIVERSITY);
        int[][] all = {{f1, f2}, {f2, f3}, {f3, u}};
        TieKind[] kinds = {TieKind.SUPPLY, TieKind.ALLIANCE, TieKind.JOINT_RESEARCH};
        for (int i = 0; i < ties; i++) {
            b.addTie(all[i][0], all[i][1], kinds[i], 1, null);
        }
        return b.build();
    }

    @Test
    void measuresEachPeriodOnItsOwnGraphInTheGivenOrder() {
        List<KpiPoint> points = new KpiSeries(List.of(
                new KpiSeries.Snapshot(Periods.PHASE_I, PeriodBasis.AS_OF_END, network(1)),
                new KpiSeries.Snapshot(Periods.PHASE_II, PeriodBasis.AS_OF_END, network(2)),
                new KpiSeries.Snapshot(Periods.PHASE_III, PeriodBasis.AS_OF_END, network(3))),
                KpiSeries.Parameters.defaults()).compute();

        assertThat(points).extracting(p -> p.period().label()).containsExactly("2001-2005", "2006-2010", "2011-2020");
        // Phase I: f1–f2 only. 4 actors, 1 tie, 3 components (f1f2, f3, u), 2 isolates; 2 of 3 firms industry–industry.
        KpiPoint first = points.get(0);
        assertThat(first.cohesion().ties()).isEqualTo(1);
        assertThat(first.cohesion().components()).isEqualTo(3);
        assertThat(first.cohesion().isolates()).isEqualTo(2);
        assertThat(first.collaboration().industryIndustryFirms()).isEqualTo(2);
        assertThat(first.collaboration().industryAcademiaGovernmentFirms()).isZero();
        // Phase III: the path f1–f2–f3–u. Diameter 3, mean distance (3·1 + 2·2 + 1·3)/6 = 10/6; f3 also with u.
        KpiPoint last = points.get(2);
        assertThat(last.cohesion().ties()).isEqualTo(3);
        assertThat(last.cohesion().components()).isEqualTo(1);
        assertThat(last.cohesion().diameter()).isEqualTo(3);
        assertThat(last.cohesion().meanDistance()).isEqualTo(10.0 / 6);
        assertThat(last.collaboration().industryIndustryFirms()).isEqualTo(3);
        assertThat(last.collaboration().industryAcademiaGovernmentFirms()).isEqualTo(1);
        assertThat(last.basis()).isEqualTo(PeriodBasis.AS_OF_END);
    }

    @Test
    void refusesAnEmptySeriesAndRepeatedPeriods() {
        assertThatThrownBy(() -> new KpiSeries(List.of(), KpiSeries.Parameters.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        Period p = Period.year(2005);
        var s = new KpiSeries.Snapshot(p, PeriodBasis.WINDOW, network(1));
        assertThatThrownBy(() -> new KpiSeries(List.of(s, s), KpiSeries.Parameters.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share a period label");
    }
}
