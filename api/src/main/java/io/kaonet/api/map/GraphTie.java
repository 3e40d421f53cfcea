package io.kaonet.api.map;

import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.List;

/**
 * All ties between two actors of the scope, merged into one drawn tie.
 *
 * @param source the end listed first among the nodes
 * @param target the other end
 * @param kinds  the kinds of the merged ties, in declaration order
 * @param weight the sum of their weights
 * @param since  the earliest start, or null when none is known
 */
public record GraphTie(String source, String target, List<TieKind> kinds, double weight, LocalDate since) {

    public GraphTie {
        kinds = List.copyOf(kinds);
    }

    /** The schema's {@code sourceId} ({@code source} is its deprecated name). */
    public String sourceId() {
        return source;
    }

    /** The schema's {@code targetId}. */
    public String targetId() {
        return target;
    }
}
