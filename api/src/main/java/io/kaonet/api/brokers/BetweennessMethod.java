package io.kaonet.api.brokers;

import io.kaonet.core.brokerage.Betweenness;
import io.kaonet.core.brokerage.BetweennessResult;
import io.kaonet.core.brokerage.Direction;

/**
 * How betweenness was computed (GraphQL {@code BetweennessMethod}).
 *
 * @param sampled whether the values are estimates from sampled sources
 * @param pivots  the number of sampled sources; null when exact
 * @param seed    the seed of the sample; null when exact
 * @param tieDirection how ties were read
 * @param tieLength    what a path's length was
 */
public record BetweennessMethod(boolean sampled, Integer pivots, Long seed, Direction tieDirection,
                                Betweenness.TieLength tieLength) {

    /** How a betweenness result was computed, as its metadata says. */
    public static BetweennessMethod of(BetweennessResult.Metadata m) {
        return m.sampled() ? new BetweennessMethod(true, m.sources(), m.seed(), m.direction(), m.tieLength())
                : new BetweennessMethod(false, null, null, m.direction(), m.tieLength());
    }
}
