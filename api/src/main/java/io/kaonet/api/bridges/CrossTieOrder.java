package io.kaonet.api.bridges;

/** What the cross-tie list is ranked by; ties by the ends' actor ids. */
public enum CrossTieOrder {
    /** The span: bridges (infinite) above local bridges (3 or more) above embedded ties (2). */
    SPAN,
    /** The ends' actor ids alone. */
    ACTOR_IDS
}
