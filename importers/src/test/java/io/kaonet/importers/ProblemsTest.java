package io.kaonet.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static ImportProblem at(long line) {
        return new ImportProblem("f.csv", line, null, null, "is wrong");
    }

    @Test
    void rollingBackForgetsTheLaterProblemsListedOrCounted() {
        Problems problems = new Problems();
        for (int line = 1; line <= ImportException.MAX_PROBLEMS + 20; line++) {
            problems.add(at(line));
        }

        problems.rollBackTo(3);

        assertThat(problems.total()).isEqualTo(3);
        assertThat(problems.full()).isFalse();
        assertThat(problems.listed()).extracting(ImportProblem::line).containsExactly(1L, 2L, 3L);
        problems.add(at(99));
        assertThat(problems.listed()).extracting(ImportProblem::line).containsExactly(1L, 2L, 3L, 99L);
    }

    @Test
    void rollingBackToTheCapKeepsEveryListedProblem() {
        Problems problems = new Problems();
        for (int line = 1; line <= ImportException.MAX_PROBLEMS + 5; line++) {
            problems.add(at(line));
        }

        problems.rollBackTo(ImportException.MAX_PROBLEMS);

        assertThat(problems.listed()).hasSize(ImportException.MAX_PROBLEMS);
        assertThat(problems.full()).isFalse();
    }

    @Test
    void rollingBackBeyondWhatWasRecordedIsRefused() {
        Problems problems = new Problems();
        problems.add(at(1));

        assertThatThrownBy(() -> problems.rollBackTo(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total must be between 0 and 1, was 2");
        assertThatThrownBy(() -> problems.rollBackTo(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
