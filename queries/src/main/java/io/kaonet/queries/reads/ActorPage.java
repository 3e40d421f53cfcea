package io.kaonet.queries.reads;

import io.kaonet.core.model.Actor;
import java.util.List;

/**
 * One page of actors in id order.
 *
 * @param actors     the actors of this page
 * @param hasNext    whether more actors follow
 * @param totalCount how many actors match the filter in all
 */
public record ActorPage(List<Actor> actors, boolean hasNext, long totalCount) {

    public ActorPage {
        actors = List.copyOf(actors);
    }
}
