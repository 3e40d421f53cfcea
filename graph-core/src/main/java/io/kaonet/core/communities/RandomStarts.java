package io.kaonet.core.communities;

import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The repeated runs that Louvain and Leiden share: each start gets its own random generator drawn
 * from the seed, and the partition of highest modularity is kept (the first on ties). A graph
 * without edge weight has one partition, so it is run once.
 */
final class RandomStarts {

    private RandomStarts() {
    }

    /**
     * @param base   the graph every start runs on
     * @param seed   the seed the starts' generators are drawn from
     * @param starts how many starts, at least 1
     * @param run    one start of the algorithm
     * @return the best partition found
     */
    static CommunityResult best(WorkingGraph base, long seed, int starts,
                                BiFunction<WorkingGraph, SplittableRandom, CommunityResult> run) {
        SplittableRandom seeds = new SplittableRandom(seed);
        CommunityResult best = null;
        for (int start = 0; start < starts; start++) {
            CommunityResult r = run.apply(base, new SplittableRandom(seeds.nextLong()));
            if (best == null || r.modularity() > best.modularity()) {
                best = r;
            }
            if (base.totalWeight == 0) {
                break;
            }
        }
        return best;
    }
}
