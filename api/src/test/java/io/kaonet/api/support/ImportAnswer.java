package io.kaonet.api.support;

import java.util.List;

/**
 * An {@code ImportResult} as a client reads it, for {@code .entity(ImportAnswer.class)}. Fields are
 * boxed so that a field the query did not select reads null rather than a plausible 0 or false.
 *
 * @param ok        whether the files were written
 * @param summary   what the write did; null when refused
 * @param problems  what is wrong
 * @param truncated whether more problems were found than listed
 */
public record ImportAnswer(Boolean ok, Summary summary, List<Problem> problems, Boolean truncated) {

    /** {@code WriteSummary}. */
    public record Summary(Integer actors, Integer ties, Integer clusters, Integer memberships, Integer activities,
                          Integer participations, Integer offered, Integer changed, Integer unchanged,
                          Long dataVersion) {
    }

    /** {@code ImportProblem}. */
    public record Problem(String file, Integer line, String field, String value, String message) {
    }
}
