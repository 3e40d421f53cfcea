package io.kaonet.api.jobs;

import io.kaonet.core.analysis.ProgressTracker;
import io.kaonet.core.analysis.TerminationFlag;
import io.kaonet.core.model.Scope;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One computation of one analysis of one projection: what the analysis polls (it is the
 * {@link TerminationFlag} and the {@link ProgressTracker} of its execution) and what a front end
 * follows ({@code Query.job}). It counts the requests waiting for it: when the last one stops
 * waiting (its time-out) and nobody started it as a job of its own, it is cancelled, so no CPU is
 * spent on an answer nobody will read.
 */
public final class Job implements TerminationFlag, ProgressTracker {

    private final String id = UUID.randomUUID().toString();
    private final String analysis;
    private final Scope scope;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicInteger waiters = new AtomicInteger();
    private volatile boolean kept;
    private volatile boolean cancelled;
    private volatile boolean cancelledByUser;
    private volatile JobState state = JobState.RUNNING;
    private volatile long endNanos;
    private volatile long doneAtEnd;
    private volatile String error;

    Job(String analysis, Scope scope) {
        this.analysis = analysis;
        this.scope = scope;
    }

    /** Its id, for {@code Query.job(id)}. */
    public String id() {
        return id;
    }

    /** What it computes (the analysis and its options). */
    public String analysis() {
        return analysis;
    }

    /** The scope it analyses. */
    public Scope scope() {
        return scope;
    }

    /** When it started. */
    public Instant started() {
        return started;
    }

    /** Where it is. */
    public JobState state() {
        return state;
    }

    /**
     * Steps done so far; once ended, the steps done when it ended. Workers of a parallel analysis may
     * still count a step or two after the one that saw the cancel has ended the job; those are not
     * shown, so the figure a page reports at the end stays the figure the API answers later.
     */
    public long done() {
        return state == JobState.RUNNING ? done.get() : doneAtEnd;
    }

    /** Steps expected in all, as known so far (0 before the analysis has said). */
    public long total() {
        return total.get();
    }

    /** Seconds since it started, until it ended. */
    public double elapsedSeconds() {
        long end = state == JobState.RUNNING ? System.nanoTime() : endNanos;
        return (end - startNanos) / 1e9;
    }

    /**
     * Seconds left at the pace so far (elapsed × steps left / steps done); 0 once ended; null while
     * nothing is done yet.
     */
    public Double estimatedSecondsLeft() {
        if (state != JobState.RUNNING) {
            return 0.0;
        }
        long d = done();
        long t = total.get();
        if (d == 0 || t == 0) {
            return null;
        }
        return elapsedSeconds() * Math.max(0, t - d) / d;
    }

    /** Why it failed, or null. */
    public String error() {
        return error;
    }

    @Override
    public boolean running() {
        return !cancelled;
    }

    @Override
    public void expect(long steps) {
        total.addAndGet(steps);
    }

    @Override
    public void advance(long steps) {
        done.addAndGet(steps);
    }

    /** Stops it at the analysis's next poll (a user's cancel). */
    public void cancel() {
        cancelledByUser = true;
        cancelled = true;
    }

    /** Whether a user cancelled it (rather than its last waiter giving up). */
    boolean cancelledByUser() {
        return cancelledByUser;
    }

    /** Keeps it running when no request waits (a job started on its own). */
    void keep() {
        kept = true;
    }

    /** How many requests wait for it now. */
    int waiters() {
        return waiters.get();
    }

    void attach() {
        waiters.incrementAndGet();
    }

    /** One waiter gave up: cancels the job if it was the last and the job was not started on its own. */
    void detach() {
        if (waiters.decrementAndGet() == 0 && !kept && state == JobState.RUNNING) {
            cancelled = true;
        }
    }

    void finish(JobState end, String why) {
        endNanos = System.nanoTime();
        error = why;
        doneAtEnd = done.get();
        state = end;
    }
}
