package io.kaonet.api.brokers;

/**
 * How betweenness was computed (GraphQL {@code BetweennessMethod}).
 *
 * @param sampled whether the values are estimates from sampled sources
 * @param pivots  the number of sampled sources; null when exact
 * @param seed    the seed of the sample; null when exact
 */
public record BetweennessMethod(boolean sampled, Integer pivots, Long seed) {
}
