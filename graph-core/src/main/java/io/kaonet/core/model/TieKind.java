package io.kaonet.core.model;

/**
 * The kinds of ties between two actors, and whether a tie of that kind has a direction.
 *
 * <p>For directed kinds the source is the giver: the lender in {@link #FINANCING}, the supplier in
 * {@link #SUPPLY}, the licensor in {@link #TECHNOLOGY_TRANSFER}, the parent in {@link #SPIN_OFF},
 * the coordinator in {@link #COORDINATION}. {@link #CO_PARTICIPATION} is never stored: it is what
 * a shared activity becomes when activities are projected into the graph for an analysis.
 */
public enum TieKind {
    JOINT_RESEARCH(false),
    TECHNOLOGY_TRANSFER(true),
    FINANCING(true),
    SUPPLY(true),
    ALLIANCE(false),
    SPIN_OFF(true),
    COORDINATION(true),
    INTRODUCTION(false),
    /** Derived at projection time from two actors taking part in the same activity. */
    CO_PARTICIPATION(false);

    private final boolean directed;

    TieKind(boolean directed) {
        this.directed = directed;
    }

    /** Whether ties of this kind point from a giver to a receiver. */
    public boolean directed() {
        return directed;
    }

    /** Whether ties of this kind may be stored; {@link #CO_PARTICIPATION} is derived only. */
    public boolean storable() {
        return this != CO_PARTICIPATION;
    }

    /** Bit of this kind in a kind mask ({@code 1 << ordinal()}). */
    public int bit() {
        return 1 << ordinal();
    }
}
