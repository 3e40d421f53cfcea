package io.kaonet.api.jobs;

import io.kaonet.core.analysis.TerminationFlag;

/**
 * Who is waiting for an analysis on the current thread: a GraphQL request (its time-out, bound
 * around each data fetch by {@link io.kaonet.api.limits.QueryLimits}) or a job whose analysis asks for
 * another one. {@link Analyses} stops waiting, and cancels the work nobody else waits for, when this
 * flag says so. A thread-local because the data fetchers of Spring for GraphQL run on the request's
 * thread and the flag must reach analyses without every controller passing it along; nothing is
 * bound outside {@link #run}.
 */
public final class Waiting {

    private static final ThreadLocal<TerminationFlag> CURRENT = new ThreadLocal<>();

    private Waiting() {
    }

    /** The flag of the current waiter; {@link TerminationFlag#RUNNING_TRUE} when none is bound. */
    public static TerminationFlag current() {
        TerminationFlag flag = CURRENT.get();
        return flag == null ? TerminationFlag.RUNNING_TRUE : flag;
    }

    /** Runs {@code work} with {@code flag} as the current waiter, then restores the previous one. */
    public static <T> T run(TerminationFlag flag, ThrowingSupplier<T> work) throws Exception {
        return bound(CURRENT, flag, work::get);
    }

    /**
     * Runs {@code work} with {@code value} bound to {@code local}, then restores what was bound before
     * (removes it when nothing was): the binding of this class and of {@link RequestDataVersion}.
     */
    static <V, T, E extends Exception> T bound(ThreadLocal<V> local, V value, RequestDataVersion.Work<T, E> work)
            throws E {
        V previous = local.get();
        local.set(value);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                local.remove();
            } else {
                local.set(previous);
            }
        }
    }

    /** A supplier that may throw, as a data fetcher does. */
    @FunctionalInterface
    public interface ThrowingSupplier<T> {
        /** The value. */
        T get() throws Exception;
    }
}
