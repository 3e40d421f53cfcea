package io.kaonet.core.timeline;

import io.kaonet.core.model.TieKind;
import java.util.List;

/**
 * A pair of actors whose tie was formed or ended; see {@link NetworkChanges}.
 *
 * @param firstId  the id that sorts first
 * @param secondId the other id
 * @param kinds    the kinds of the pair's ties in the graph where they exist, in declaration order
 */
public record TieChange(String firstId, String secondId, List<TieKind> kinds) {

    public TieChange {
        kinds = List.copyOf(kinds);
    }
}
