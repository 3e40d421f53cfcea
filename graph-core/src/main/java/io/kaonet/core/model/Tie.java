package io.kaonet.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A relationship between two actors.
 *
 * <p>A tie is identified by {@link #key()}: its explicit id when it has one, otherwise its ends,
 * kind and start date, so that importing the same tie twice merges it. For undirected kinds the
 * derived key does not depend on the order of the ends.
 *
 * @param id       explicit id, or null to derive one from the tie's content
 * @param sourceId id of the first actor (the giver for directed kinds)
 * @param targetId id of the second actor (the receiver for directed kinds)
 * @param kind     what sort of tie
 * @param since    first day of the tie, or null when unknown (then it counts from the beginning)
 * @param until    last day of the tie, or null while it lasts
 * @param weight   strength, positive; 1 when unknown
 * @param source   provenance: file and line, or the user who entered it; may be null
 */
public record Tie(
        String id,
        String sourceId,
        String targetId,
        TieKind kind,
        LocalDate since,
        LocalDate until,
        double weight,
        String source) {

    /** @throws IllegalArgumentException on blank ends, a self-tie, a derived kind, a bad weight or dates out of order */
    public Tie {
        Actor.requireText(sourceId, "tie source id");
        Actor.requireText(targetId, "tie target id");
        Objects.requireNonNull(kind, "tie kind must not be null");
        if (!kind.storable()) {
            throw new IllegalArgumentException("tie kind " + kind + " is derived and cannot be stored");
        }
        if (sourceId.equals(targetId)) {
            throw new IllegalArgumentException("a tie must join two different actors, both ends were " + sourceId);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("tie weight must be a positive finite number, was " + weight);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("tie until " + until + " must not be before since " + since);
        }
        if (id != null && id.isBlank()) {
            id = null;
        }
    }

    /** The merge key: the explicit id, or one derived from ends, kind and start date. */
    public String key() {
        if (id != null) {
            return id;
        }
        String a = sourceId;
        String b = targetId;
        if (!kind.directed() && a.compareTo(b) > 0) {
            a = targetId;
            b = sourceId;
        }
        return kind + "|" + a + "|" + b + "|" + (since == null ? "" : since.toString());
    }

    /** Whether the tie exists on the given day. */
    public boolean activeOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
    }
}
