package io.kaonet.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aYearRunsFromTheFirstOfJanuaryToTheLastOfDecember() {
        assertThat(Period.parse("2009")).isEqualTo(new Period("2009", LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31)));
    }

    @Test
    void aSpanOfYearsIsLabelledFirstDashLast() {
        Period p = Period.parse(" 2006-2010 ");

        assertThat(p.label()).isEqualTo("2006-2010");
        assertThat(p.start()).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(p.contains(LocalDate.of(2010, 12, 31))).isTrue();
        assertThat(p.contains(LocalDate.of(2011, 1, 1))).isFalse();
        assertThat(Period.parse("2007-2007").label()).isEqualTo("2007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "09", "2009/2010", "2010-2006", "FY2009", "1800", "2009-"})
    void refusesTextThatIsNoYearLabel(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Period("x", LocalDate.of(2010, 1, 2), LocalDate.of(2010, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
    }

    @Test
    void anIndicatorKeepsTheCanonicalPeriodLabel() {
        Indicator i = new Indicator("TAMA", EvaluationArea.R_AND_D, "new_rd_share", "2006-2010", 41.5, "%", null);

        assertThat(i.period()).isEqualTo("2006-2010");
        assertThat(i.key()).isEqualTo("TAMA|R_AND_D|new_rd_share|2006-2010");
        assertThatThrownBy(() -> new Indicator("TAMA", EvaluationArea.R_AND_D, "x", "2006", Double.NaN, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
