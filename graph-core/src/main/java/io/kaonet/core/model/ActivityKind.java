package io.kaonet.core.model;

/** Kinds of two-mode activity that actors take part in together. */
public enum ActivityKind {
    JOINT_RD_PROJECT,
    CONSORTIUM,
    GRANT,
    EXCHANGE_MEETING,
    SEMINAR,
    BUSINESS_MATCHING
}
