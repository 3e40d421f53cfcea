package io.kaonet.queries.writes;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What an actor's content hash covers: every stored property, city spellings included once there are any. */
class ContentHashTest {

    @Test
    void citySpellingsAreInTheHash() {
        long without = row(actor(List.of())).hash();
        long one = row(actor(List.of("MUENCHEN"))).hash();
        long two = row(actor(List.of("MUENCHEN", "MUNCHEN"))).hash();

        assertThat(one).isNotEqualTo(without).isNotEqualTo(two);
        assertThat(row(actor(List.of("MUENCHEN"))).props()).containsEntry("citySpellings", List.of("MUENCHEN"));
    }

    @Test
    void anActorWithoutCitySpellingsKeepsTheHashItWasStoredWithBeforeThePropertyExisted() {
        Row row = row(actor(List.of()));
        Map<String, Object> before = new TreeMap<>(row.props());
        before.remove("location"); // derived, never hashed
        assertThat(before).containsEntry("citySpellings", null);
        before.remove("citySpellings");

        assertThat(row.hash()).isEqualTo(DataVersion.contentHash("a1", before));
        assertThat(row.props()).as("a null still removes what a later import no longer gives")
                .containsKey("citySpellings");
    }

    private record Row(long hash, Map<String, Object> props) {
    }

    @SuppressWarnings("unchecked")
    private static Row row(Actor actor) {
        NetworkWriter.Prepared prepared = NetworkWriter.prepare(new NetworkBatch(List.of(actor), List.of(), List.of(),
                List.of(), List.of(), List.of()));
        Map<String, Object> row = prepared.actors().get(ActorKind.COMPANY).get(0);
        return new Row((Long) row.get("hash"), (Map<String, Object>) row.get("props"));
    }

    private static Actor actor(List<String> spellings) {
        return new Actor("a1", "Alpha", ActorKind.COMPANY, "machinery", "Bayern", "München", "DE", null, 1990, 12, true,
                List.of("laser"), List.of(), List.of(), spellings);
    }
}
