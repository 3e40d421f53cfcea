package io.kaonet.core.timeline;

/**
 * An actor that entered or left the top brokers; see {@link NetworkChanges}.
 *
 * @param actorId            the actor
 * @param name               its display name
 * @param rankBefore         1-based betweenness rank before; 0 when unranked (betweenness 0 or absent)
 * @param rankAfter          1-based rank after; 0 when unranked
 * @param betweennessBefore  raw betweenness before (0 when absent)
 * @param betweennessAfter   raw betweenness after (0 when absent)
 */
public record BrokerChange(String actorId, String name, int rankBefore, int rankAfter, double betweennessBefore,
                           double betweennessAfter) {
}
