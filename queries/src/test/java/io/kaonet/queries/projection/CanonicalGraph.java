package io.kaonet.queries.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A projection written out by actor ids, so that two graphs built from rows in different orders
 * compare equal: actors with every attribute and their clusters as a sorted set, ties by their ends'
 * ids with kinds, direction, first day and weight.
 */
record CanonicalGraph(List<String> actors, TreeMap<String, Double> tieWeights, TreeMap<String, String> ties) {

    static CanonicalGraph of(CollaborationGraph g) {
        List<String> actors = new ArrayList<>();
        for (int u = 0; u < g.nodeCount(); u++) {
            TreeSet<String> clusters = new TreeSet<>();
            for (int c : g.clusterCodes(u)) {
                clusters.add(g.clusterIds().get(c));
            }
            actors.add(String.join("|", g.id(u), g.name(u), g.kind(u).name(), String.valueOf(g.industry(u)),
                    String.valueOf(g.region(u)), String.valueOf(g.country(u)), String.valueOf(g.sme(u)),
                    g.technologies(u).toString(), g.offers(u).toString(), g.seeks(u).toString(), clusters.toString(),
                    "activities=" + g.activityCount(u)));
        }
        TreeMap<String, Double> weights = new TreeMap<>();
        TreeMap<String, String> ties = new TreeMap<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            String low = g.id(g.edgeLow(e));
            String high = g.id(g.edgeHigh(e));
            String key = low + " -- " + high;
            weights.put(key, g.edgeWeight(e));
            ties.put(key, g.edgeKinds(e).asList() + " " + g.arcLowToHigh(e) + "/" + g.arcHighToLow(e) + " since "
                    + g.edgeSince(e));
        }
        return new CanonicalGraph(actors, weights, ties);
    }

    /**
     * Asserts the same actors and ties, and weights equal to 1e-6 relative: merged ties sum their
     * weights in the order the rows came, and the graph holds single-precision weights, so sums in
     * another order differ by a few float ulps (6e-8 relative each).
     */
    void assertSameAs(CanonicalGraph expected, String what) {
        assertThat(actors).as(what + ": actors").isEqualTo(expected.actors);
        assertThat(ties).as(what + ": ties").isEqualTo(expected.ties);
        assertThat(tieWeights.keySet()).as(what + ": tie ends").isEqualTo(expected.tieWeights.keySet());
        expected.tieWeights.forEach((k, w) -> assertThat(tieWeights.get(k)).as(what + ": weight of " + k)
                .isCloseTo(w, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, w))));
    }
}
