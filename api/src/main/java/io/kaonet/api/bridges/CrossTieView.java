package io.kaonet.api.bridges;

import io.kaonet.core.bridges.TieRole;
import io.kaonet.core.model.Sector;
import io.kaonet.core.model.TieKind;
import java.util.List;

/**
 * A cross-industry or cross-sector tie as GraphQL {@code CrossTie} shows it; {@code actors} is
 * resolved in a batch.
 *
 * @param actorIds   the two ends, in actor id order
 * @param industries the ends' industries (null when unknown), in the same order
 * @param sectors    the ends' sectors, in the same order
 * @param span       the distance between the ends without the tie; null for a bridge (infinite)
 */
public record CrossTieView(List<String> actorIds, List<TieKind> kinds, boolean crossesIndustry,
                           boolean crossesSector, List<String> industries, List<Sector> sectors, TieRole role,
                           Integer span) {

    /** The {@code source} field, as the actor's id (resolved to an Actor by {@code References}). */
    public String source() {
        return actorIds.get(0);
    }

    /** The {@code target} field, as the actor's id. */
    public String target() {
        return actorIds.get(1);
    }
}
