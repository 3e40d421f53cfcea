package io.kaonet.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Period;
import io.kaonet.core.model.Scope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void thePolicyPhasesAreTheSeedsYears() {
        assertThat(Periods.policyPhases()).extracting(Period::label).containsExactly("2001-2005", "2006-2010", "2011-2020");
        assertThat(Periods.policyPhases().get(2).end()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void yearsAreOnePeriodEach() {
        assertThat(Periods.years(2001, 2003)).extracting(Period::label).containsExactly("2001", "2002", "2003");
        assertThatThrownBy(() -> Periods.years(2003, 2001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Periods.years(1900, 2100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void customPeriodsAreSortedAndNeedDistinctLabels() {
        Period late = new Period("late", LocalDate.of(2010, 1, 1), LocalDate.of(2010, 6, 30));
        Period early = new Period("early", LocalDate.of(2003, 4, 1), LocalDate.of(2004, 3, 31));

        assertThat(Periods.custom(List.of(late, early))).containsExactly(early, late);
        assertThatThrownBy(() -> Periods.custom(List.of(early, new Period("early", early.start(), early.start()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> Periods.custom(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asOfEndReadsTheLastDayAndWindowTheWholePeriod() {
        Scope base = Scope.ALL.withClusters(java.util.Set.of("TAMA"));

        Scope end = PeriodBasis.AS_OF_END.scope(base, Periods.PHASE_II);
        Scope window = PeriodBasis.WINDOW.scope(base, Periods.PHASE_II);

        assertThat(end.asOf()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(end.clusterIds()).containsExactly("TAMA");
        assertThat(window.from()).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThatThrownBy(() -> PeriodBasis.WINDOW.scope(end, Periods.PHASE_I))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not carry dates");
    }
}
