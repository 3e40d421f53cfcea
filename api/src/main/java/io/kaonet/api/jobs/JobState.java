package io.kaonet.api.jobs;

/** Where a job is in its life. */
public enum JobState {
    /** Computing. */
    RUNNING,
    /** Finished; its result is cached on the projection. */
    SUCCEEDED,
    /** Stopped by an error. */
    FAILED,
    /** Stopped by a cancel, or because no request waited for it any more. */
    CANCELLED
}
