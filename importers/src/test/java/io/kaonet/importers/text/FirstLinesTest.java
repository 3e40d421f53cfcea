package io.kaonet.importers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FirstLinesTest {

    static final ToLongFunction<String> ONE_BUCKET = key -> 42L;

    @Nested
    class Exact {

        @Test
        void keyMetAgainGetsTheLineItWasFirstMetOn() {
            FirstLines lines = FirstLines.exact();

            assertThat(lines.meet("a", 2)).isEqualTo(-1);
            assertThat(lines.meet("b", 3)).isEqualTo(-1);
            assertThat(lines.meet("a", 4)).isEqualTo(2);
            assertThat(lines.meet("a", 5)).isEqualTo(2);
            assertThat(lines.met("b")).isTrue();
            assertThat(lines.met("c")).isFalse();
            assertThat(lines.unconfirmed()).isFalse();
        }

        @Test
        void restartAndResetForgetTheKeys() {
            FirstLines lines = FirstLines.exact();
            lines.meet("a", 2);
            lines.restart();
            assertThat(lines.meet("a", 7)).isEqualTo(-1);
            lines.reset();
            assertThat(lines.met("a")).isFalse();
        }
    }

    @Nested
    class Hashed {

        @Test
        void collisionIsOnlySuspectedAndTheRepeatedPassConfirmsIt() {
            FirstLines lines = FirstLines.hashed(ONE_BUCKET);
            assertThat(lines.meet("a", 2)).isEqualTo(-1);
            assertThat(lines.meet("b", 3)).as("suspected").isEqualTo(2);
            assertThat(lines.unconfirmed()).isTrue();

            lines.restart();

            assertThat(lines.meet("a", 2)).isEqualTo(-1);
            assertThat(lines.meet("b", 3)).isEqualTo(-1);
            assertThat(lines.meet("b", 4)).as("the line of the equal key").isEqualTo(3);
            assertThat(lines.unconfirmed()).isFalse();
        }

        @Test
        void resetForgetsTheSuspectedHashes() {
            FirstLines lines = FirstLines.hashed(ONE_BUCKET);
            lines.meet("a", 2);
            lines.meet("b", 3);
            lines.restart();

            lines.reset();

            lines.meet("a", 2);
            assertThat(lines.meet("b", 3)).isEqualTo(2);
            assertThat(lines.unconfirmed()).isTrue();
        }

        @Test
        void keyNeverMetButWithTheHashOfAMetOneCountsAsMetAsDocumented() {
            FirstLines lines = FirstLines.hashed(ONE_BUCKET);
            lines.meet("a", 2);

            assertThat(lines.met("ghost")).isTrue();
            assertThat(FirstLines.hashed(KeyHash::of).met("ghost")).isFalse();
        }

        @Test
        void nullHashIsRefused() {
            assertThatThrownBy(() -> FirstLines.hashed(null)).isInstanceOf(NullPointerException.class).hasMessage("hash");
        }

        /**
         * Seeded random keys (few distinct ones, so that there are true duplicates) met by a hashed
         * table with a 4-bucket hash, the pass repeated until it is confirmed, and cut short after
         * a random number of keys as an importer cut short by too many problems would be: the
         * confirmed pass returns exactly the exact table's lines.
         */
        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 4, 5})
        void repeatedUntilConfirmedItAnswersAsTheExactTable(long seed) {
            Random random = new Random(seed);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                keys.add("k" + random.nextInt(300));
            }
            FirstLines exact = FirstLines.exact();
            FirstLines hashed = FirstLines.hashed(key -> key.hashCode() & 3);
            int passes = 0;
            List<Long> answers;
            do {
                hashed.restart();
                answers = pass(hashed, keys, 50);
                passes++;
            } while (hashed.unconfirmed());

            assertThat(answers).isEqualTo(pass(exact, keys, 50));
            assertThat(passes).isBetween(2, 5);
        }

        /** Meets the keys in order, stopping after {@code maxRepeats} of them got an earlier line. */
        private static List<Long> pass(FirstLines lines, List<String> keys, int maxRepeats) {
            List<Long> answers = new ArrayList<>();
            int repeats = 0;
            for (int i = 0; i < keys.size() && repeats < maxRepeats; i++) {
                long first = lines.meet(keys.get(i), i + 2);
                answers.add(first);
                repeats += first >= 0 ? 1 : 0;
            }
            return answers;
        }
    }
}
