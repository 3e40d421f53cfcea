package io.kaonet.api.isolation;

/** What the isolated-firm list is ranked by; ties by actor id. */
public enum IsolatedFirmOrder {
    /** The number of reasons. */
    REASON_COUNT,
    /** The number of partners. */
    PARTNERS,
    /** The core number. */
    CORE_NUMBER,
    /** The size of the firm's component. */
    COMPONENT_SIZE,
    /** The actor id alone. */
    ACTOR_ID
}
