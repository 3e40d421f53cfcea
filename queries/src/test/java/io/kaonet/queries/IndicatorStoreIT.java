package io.kaonet.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.queries.indicators.IndicatorStore;
import io.kaonet.queries.indicators.IndicatorWriteSummary;
import io.kaonet.queries.indicators.UnknownClustersException;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndicatorStoreIT {

    private final IndicatorStore indicators = new IndicatorStore(TestDatabase.connection());
    private final StoreQueries store = new StoreQueries(TestDatabase.connection());

    @BeforeAll
    static void schema() {
        IndicatorStore.installSchema(TestDatabase.connection());
    }

    @BeforeEach
    void oneCluster() {
        TestDatabase.clear();
        new NetworkWriter(TestDatabase.connection()).write(NetworkStoreIT.smallNetwork());
    }

    private static Indicator rd(String period, double value) {
        return new Indicator("TAMA", EvaluationArea.R_AND_D, "new_rd_share", period, value, "%", "indicators.csv:2");
    }

    @Test
    void writesReadsBackAndWritesNothingTheSecondTime() {
        long before = store.dataVersion();
        List<Indicator> batch = List.of(rd("2006-2010", 41.5), rd("2009", 40),
                new Indicator("TAMA", EvaluationArea.SATISFACTION, "satisfaction", "2009", 3.8, null, null));

        IndicatorWriteSummary first = indicators.write(batch);
        IndicatorWriteSummary second = indicators.write(batch);

        assertThat(first.changed()).isEqualTo(3);
        assertThat(first.dataVersion()).isEqualTo(before + 1);
        assertThat(second.changed()).isZero();
        assertThat(second.dataVersion()).isEqualTo(first.dataVersion());
        assertThat(indicators.forPeriod("2009")).containsExactly(batch.get(1), batch.get(2));
        assertThat(indicators.periods()).containsExactly("2006-2010", "2009");
    }

    @Test
    void aNewValueReplacesTheOldOneAndMovesTheVersion() {
        indicators.write(List.of(rd("2009", 40)));

        IndicatorWriteSummary changed = indicators.write(List.of(rd("2009", 45)));

        assertThat(changed.changed()).isEqualTo(1);
        assertThat(indicators.forPeriod("2009")).containsExactly(rd("2009", 45));
    }

    @Test
    void anUnknownClusterRefusesTheWholeWrite() {
        long before = store.dataVersion();
        Indicator unknown = new Indicator("NOPE", EvaluationArea.R_AND_D, "x", "2009", 1, null, null);

        assertThatThrownBy(() -> indicators.write(List.of(rd("2009", 40), unknown)))
                .isInstanceOfSatisfying(UnknownClustersException.class,
                        e -> assertThat(e.clusterIds()).containsExactly("NOPE"));
        assertThat(indicators.forPeriod("2009")).isEmpty();
        assertThat(store.dataVersion()).isEqualTo(before);
    }

    @Test
    void deletesByKey() {
        indicators.write(List.of(rd("2009", 40), rd("2010", 41)));

        assertThat(indicators.delete(List.of(rd("2009", 0).key(), "no-such-key"))).isEqualTo(1);
        assertThat(indicators.periods()).containsExactly("2010");
    }
}
