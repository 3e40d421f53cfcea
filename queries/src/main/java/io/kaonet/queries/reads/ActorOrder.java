package io.kaonet.queries.reads;

/**
 * What a listing of actors can be sorted by. Actors without the value (no founding year) come last
 * in either direction; ties are broken by id.
 */
public enum ActorOrder {
    /** The stable external id. */
    ID("a.id"),
    /** The display name. */
    NAME("a.name"),
    /** The kind of player, by its name. */
    KIND("a.kind"),
    /** The founding year. */
    FOUNDED("a.founded"),
    /** The number of distinct partners over every tie ever recorded. */
    DEGREE("COUNT { MATCH (a)--(partner:Actor) RETURN DISTINCT partner }");

    /** The Cypher expression sorted on; a constant of this enum, never built from input. */
    final String expression;

    ActorOrder(String expression) {
        this.expression = expression;
    }
}
