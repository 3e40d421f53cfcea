package io.kaonet.queries.introductions;

/**
 * The answer to recording an introduction or its outcome: the entry as it now stands, or why
 * nothing was written.
 *
 * @param introduction the entry after the write, or null when refused
 * @param failure      why the write was refused, or null when written
 * @param message      what is wrong, naming the offending value; null when written
 */
public record IntroductionWrite(Introduction introduction, Failure failure, String message) {

    /** Whether the write happened. */
    public boolean ok() {
        return failure == null;
    }

    static IntroductionWrite written(Introduction introduction) {
        return new IntroductionWrite(introduction, null, null);
    }

    static IntroductionWrite refused(Failure failure, String message) {
        return new IntroductionWrite(null, failure, message);
    }

    /** The expected reasons to refuse a write. */
    public enum Failure {
        /** An actor id is not stored. */
        UNKNOWN_ACTOR,
        /** The introducer is not a coordinator, support organisation, incubator or government body. */
        NOT_A_COORDINATOR,
        /** The two actors (or the coordinator and an actor) are the same. */
        SAME_ACTOR,
        /** The same pair was already introduced on that day. */
        DUPLICATE,
        /** No introduction has this id. */
        UNKNOWN_INTRODUCTION,
        /** The outcome is dated before the introduction. */
        OUTCOME_BEFORE_INTRODUCTION,
        /** The introduction already has a recorded outcome. */
        OUTCOME_ALREADY_RECORDED,
        /** The giver of a directed collaboration is not one of the two actors. */
        NOT_IN_PAIR,
        /** A directed collaboration (financing, supply, technology transfer, spin-off) was given without its giver. */
        GIVER_REQUIRED,
        /** The introduction or outcome is dated after today. */
        DATE_IN_FUTURE
    }
}
