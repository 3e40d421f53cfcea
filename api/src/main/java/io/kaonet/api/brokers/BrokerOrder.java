package io.kaonet.api.brokers;

import io.kaonet.core.analysis.NodeScores;
import io.kaonet.core.brokerage.BrokerageRole;
import java.util.function.Function;

/**
 * What the broker list is ranked by: each value names the per-actor scores of one analysis result
 * that it reads ({@link NodeScores}), so a new measure is one line here.
 */
public enum BrokerOrder {
    BETWEENNESS(a -> a.betweenness()::raw),
    NORMALIZED_BETWEENNESS(a -> a.betweenness()::normalised),
    CONSTRAINT(a -> a.holes()::constraint),
    EFFECTIVE_SIZE(a -> a.holes()::effectiveSize),
    EFFICIENCY(a -> a.holes()::efficiency),
    HIERARCHY(a -> a.holes()::hierarchy),
    COORDINATOR(role(BrokerageRole.COORDINATOR)),
    ITINERANT(role(BrokerageRole.ITINERANT)),
    REPRESENTATIVE(role(BrokerageRole.REPRESENTATIVE)),
    GATEKEEPER(role(BrokerageRole.GATEKEEPER)),
    LIAISON(role(BrokerageRole.LIAISON)),
    BROKERAGE_TOTAL(role(BrokerageRole.TOTAL)),
    DEGREE(a -> a.graph()::degree),
    TRIANGLES(a -> a.clustering()::triangles);

    private final Function<BrokerAnalysis, NodeScores> scores;

    BrokerOrder(Function<BrokerAnalysis, NodeScores> scores) {
        this.scores = scores;
    }

    /** The scores this value ranks by, in one analysis. */
    NodeScores scores(BrokerAnalysis analysis) {
        return scores.apply(analysis);
    }

    private static Function<BrokerAnalysis, NodeScores> role(BrokerageRole role) {
        return a -> u -> a.roles().raw(u, role);
    }
}
