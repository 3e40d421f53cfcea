package io.kaonet.api.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.matchmaking.backtest.Backtest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backtest command line: defaults, every option, and refusals that name the bad value. */
class BacktestCommandTest {

    @Test
    void defaultsAreTheDocumentedSplits() {
        BacktestCommand.Options o = BacktestCommand.Options.parse();
        assertThat(o.data()).isNull();
        assertThat(o.split()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(o.until()).isNull();
        assertThat(o.tune()).isFalse();
        assertThat(o.tuneSplit()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(o.tuneUntil()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(o.ks()).isEqualTo(Backtest.Parameters.KS_DEFAULT);
        assertThat(o.minDegree()).isEqualTo(1);
        assertThat(o.activities()).isFalse();
        assertThat(o.fit()).isFalse();
        assertThat(o.fitFrom()).isNull();
        assertThat(o.heldOutFrom()).isNull();
    }

    @Test
    void everyOptionIsRead() {
        BacktestCommand.Options o = BacktestCommand.Options.parse("--data", "cordis", "--demo-seed", "7", "--split",
                "2018-01-01", "--until", "2019-12-31", "--tune", "--tune-split", "2014-01-01", "--tune-until",
                "2016-12-31", "--k", "1, 50", "--min-degree", "0", "--activities", "--fit", "--fit-from", "2015-01-01",
                "--held-out-from", "2016-06-01", "--seed", "9");
        assertThat(o).isEqualTo(new BacktestCommand.Options(Path.of("cordis"), 7, LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 12, 31), true, LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31), List.of(1, 50),
                0, true, true, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 6, 1), 9));
    }

    @Test
    void unknownOptionIsRefused() {
        assertThatThrownBy(() -> BacktestCommand.Options.parse("--splt", "2018-01-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--splt");
    }

    @Test
    void malformedDateIsRefused() {
        assertThatThrownBy(() -> BacktestCommand.Options.parse("--split", "2018-13-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2018-13-01");
    }

    @Test
    void optionWithoutValueIsRefused() {
        assertThatThrownBy(() -> BacktestCommand.Options.parse("--split"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--split");
    }
}
