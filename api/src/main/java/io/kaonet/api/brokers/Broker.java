package io.kaonet.api.brokers;

/**
 * One actor's brokerage measures (GraphQL {@code Broker}); {@code actor} and {@code connects} are
 * resolved by {@link BrokersController}. Measures that are undefined for the actor (the constraint
 * of an isolate, hierarchy below two contacts) are null.
 *
 * @param actorId                  the actor's id
 * @param node                     its node in the projection
 * @param rank                     its 1-based position in the ranking asked for
 * @param analysis                 the analysis it comes from (not exposed)
 */
public record Broker(String actorId, int node, int rank, int degree, double betweenness,
                     double normalizedBetweenness, Double betweennessStandardError, Double constraint,
                     Double effectiveSize, Double efficiency, Double hierarchy, String group,
                     BrokerageCounts brokerage, BrokerageScores brokerageExpected, BrokerageScores brokerageZ,
                     BrokerAnalysis analysis) {
}
