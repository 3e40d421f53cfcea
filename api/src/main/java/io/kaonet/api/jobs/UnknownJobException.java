package io.kaonet.api.jobs;

/** No job has the id given to {@code cancelJob}: answered as {@code NOT_FOUND} naming the argument. */
public final class UnknownJobException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;

    UnknownJobException(String id) {
        super("no job has the id '" + id + "' (ended jobs are kept for " + Analyses.JOBS_KEPT.toMinutes()
                + " minutes after they were last asked about)");
        this.id = id;
    }

    /** The id asked for. */
    public String id() {
        return id;
    }
}
