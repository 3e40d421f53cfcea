package io.kaonet.core.communities;

import io.kaonet.core.analysis.Execution;
import java.util.SplittableRandom;

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
    static CommunityResult best(WorkingGraph base, long seed, int starts, Execution execution, Start run) {
        SplittableRandom seeds = new SplittableRandom(seed);
        CommunityResult best = null;
        execution.progress().expect(starts);
        for (int start = 0; start < starts; start++) {
            execution.step(start == 0 ? 0 : 1);
            CommunityResult r = run.run(base, new SplittableRandom(seeds.nextLong()), execution);
            if (best == null || r.modularity() > best.modularity()) {
                best = r;
            }
            if (base.totalWeight == 0) {
                execution.progress().advance(starts - start - 1L);
                break;
            }
        }
        execution.progress().advance(1);
        return best;
    }

    /** One start of a community detection, polling the execution's flag as it goes. */
    @FunctionalInterface
    interface Start {
        CommunityResult run(WorkingGraph graph, SplittableRandom random, Execution execution);
    }
}
