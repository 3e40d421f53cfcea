package io.kaonet.core.connectivity;

import java.util.List;

/**
 * The shortest chains of introductions between two actors.
 *
 * @param paths each path's node indexes from the first actor to the second, shortest first; empty
 *              when no path joins them
 */
public record IntroductionPathsResult(List<List<Integer>> paths) {

    /** Copies the paths. */
    public IntroductionPathsResult {
        paths = paths.stream().map(List::copyOf).toList();
    }
}
