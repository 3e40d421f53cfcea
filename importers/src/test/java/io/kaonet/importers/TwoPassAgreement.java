package io.kaonet.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kaonet.core.model.NetworkBatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * Checks that a {@link TwoPassImporter}'s large-file passes agree with its {@code read}: validation
 * reports what {@code read} reports, and the emitted chunks hold what {@code read} returns; with the
 * real hash exactly, and with hashes that collide on purpose as far as the format promises.
 *
 * @param read      the format's {@code read(input, known)} with the real hash
 * @param real      the importer with the real hash
 * @param colliding importers whose hashes collide on purpose
 */
public record TwoPassAgreement(BiFunction<Path, KnownIds, NetworkBatch> read, TwoPassImporter real,
                               List<? extends TwoPassImporter> colliding) {

    /** Every key in one of 4 buckets: suspected duplicates everywhere, so every one must be confirmed. */
    public static final ToLongFunction<String> FOUR_BUCKETS = key -> key.hashCode() & 3;
    /** Every key in one bucket. */
    public static final ToLongFunction<String> ONE_BUCKET = key -> 42L;

    /** The chunks {@code emit} hands on; their count is checked against its answer. */
    public static List<NetworkBatch> emit(TwoPassImporter importer, Path input, int size) {
        List<NetworkBatch> chunks = new ArrayList<>();
        long count = importer.emit(input, size, chunks::add);
        assertThat(count).isEqualTo(chunks.size());
        assertThat(chunks).allSatisfy(c -> assertThat(c.size()).isLessThanOrEqualTo(size));
        return chunks;
    }

    /** The chunks' records, list by list, in order: what {@code read} returns when they are right. */
    public static NetworkBatch joined(List<NetworkBatch> chunks) {
        return new NetworkBatch(chunks.stream().flatMap(c -> c.actors().stream()).toList(),
                chunks.stream().flatMap(c -> c.ties().stream()).toList(),
                chunks.stream().flatMap(c -> c.clusters().stream()).toList(),
                chunks.stream().flatMap(c -> c.memberships().stream()).toList(),
                chunks.stream().flatMap(c -> c.activities().stream()).toList(),
                chunks.stream().flatMap(c -> c.participations().stream()).toList());
    }

    /** The problems {@code importer}'s validation refuses the input with; fails when it accepts. */
    public static List<ImportProblem> validationProblems(TwoPassImporter importer, Path input, KnownIds known) {
        ImportException refused = catchThrowableOfType(ImportException.class, () -> importer.validate(input, known));
        assertThat(refused).as("validation refuses %s", input.getFileName()).isNotNull();
        return refused.problems();
    }

    /**
     * Asserts that {@code read} refuses the input and that every importer, colliding ones included,
     * refuses it with exactly the same problems and the same truncation: for input whose problems
     * a colliding hash must not change, as duplicates confirmed exactly, and no unknown reference
     * among the problems reported.
     *
     * @return how {@code read} refused the input
     */
    public ImportException assertAllRefuseExactlyAsRead(Path input, KnownIds known) {
        ImportException refused = catchThrowableOfType(ImportException.class, () -> read.apply(input, known));
        assertThat(refused).as("read refuses %s", input.getFileName()).isNotNull();
        for (TwoPassImporter two : importers()) {
            ImportException validated = catchThrowableOfType(ImportException.class, () -> two.validate(input, known));
            assertThat(validated).as("validation refuses what read refuses: %s", refused.problems()).isNotNull();
            assertThat(validated.problems()).isEqualTo(refused.problems());
            assertThat(validated.truncated()).isEqualTo(refused.truncated());
        }
        return refused;
    }

    /**
     * Asserts that both passes of every importer agree with {@code read} on the input. When
     * {@code read} accepts: every importer validates the same number of records and emits the same
     * records. When it refuses: the real hash reports exactly its problems; a colliding hash
     * reports the same problems except unknown references, since references are resolved by hash
     * (documented), and accepts only when those were all.
     *
     * @return whether {@code read} accepted the input
     */
    public boolean assertAgreeWithRead(Path input, KnownIds known) {
        ImportException refused = null;
        NetworkBatch whole = null;
        try {
            whole = read.apply(input, known);
        } catch (ImportException e) {
            refused = e;
        }
        if (refused == null) {
            for (TwoPassImporter two : importers()) {
                assertThat(two.validate(input, known)).isEqualTo(whole.size());
                assertThat(joined(emit(two, input, 3))).isEqualTo(whole);
            }
            return true;
        }
        ImportException validated = catchThrowableOfType(ImportException.class, () -> real.validate(input, known));
        assertThat(validated).as("validation refuses what read refuses: %s", refused.problems()).isNotNull();
        assertThat(validated.problems()).isEqualTo(refused.problems());
        assertThat(validated.truncated()).isEqualTo(refused.truncated());

        List<ImportProblem> expected = withoutUnknownReferences(refused.problems());
        for (TwoPassImporter two : colliding) {
            ImportException collided = catchThrowableOfType(ImportException.class, () -> two.validate(input, known));
            if (collided == null) {
                assertThat(expected).as("only unknown references may pass a colliding hash").isEmpty();
            } else if (!refused.truncated()) {
                assertThat(withoutUnknownReferences(collided.problems())).isEqualTo(expected);
                assertThat(refused.problems()).containsAll(collided.problems());
            }
        }
        return false;
    }

    private List<TwoPassImporter> importers() {
        List<TwoPassImporter> all = new ArrayList<>(colliding);
        all.add(0, real);
        return all;
    }

    private static List<ImportProblem> withoutUnknownReferences(List<ImportProblem> problems) {
        return problems.stream().filter(p -> !p.message().startsWith("is not a known ")).toList();
    }
}
