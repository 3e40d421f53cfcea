package io.kaonet.api.brokers;

/** What the broker list is ranked by. */
public enum BrokerOrder {
    BETWEENNESS,
    NORMALIZED_BETWEENNESS,
    CONSTRAINT,
    EFFECTIVE_SIZE,
    EFFICIENCY,
    HIERARCHY,
    COORDINATOR,
    ITINERANT,
    REPRESENTATIVE,
    GATEKEEPER,
    LIAISON,
    BROKERAGE_TOTAL,
    DEGREE
}
