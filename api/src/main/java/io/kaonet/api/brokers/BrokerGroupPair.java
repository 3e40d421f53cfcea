package io.kaonet.api.brokers;

import io.kaonet.core.brokerage.BrokerageRole;

/**
 * Pairs a broker connects from one group to another (GraphQL {@code BrokerGroupPair}).
 *
 * @param from  the group of the sending ends, null when unknown
 * @param to    the group of the receiving ends, null when unknown
 * @param role  the broker's role between them
 * @param pairs how many pairs
 */
public record BrokerGroupPair(String from, String to, BrokerageRole role, long pairs) {
}
