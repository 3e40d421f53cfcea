package io.kaonet.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.model.Scope;
import org.junit.jupiter.api.Test;

class JobTest {

    @Test
    void stepsCountedAfterTheEndAreNotShownSoTheFigureAPageReportsStaysTheFigureTheApiAnswers() {
        Job job = new Job("cohesion", Scope.ALL);
        job.expect(100);
        job.advance(40);
        job.cancel();
        assertThat(job.running()).isFalse();
        assertThat(job.done()).isEqualTo(40);

        job.finish(JobState.CANCELLED, "cancelled");
        // A parallel worker that had not polled the flag yet counts its last steps.
        job.advance(3);

        assertThat(job.done()).isEqualTo(40);
        assertThat(job.total()).isEqualTo(100);
        assertThat(job.estimatedSecondsLeft()).isZero();
    }

    @Test
    void whileRunningEveryStepIsShown() {
        Job job = new Job("cohesion", Scope.ALL);
        job.expect(10);
        job.advance(4);
        job.advance(2);
        assertThat(job.done()).isEqualTo(6);
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
    }
}
