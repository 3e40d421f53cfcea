package io.kaonet.api.actors;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.Cursors;
import io.kaonet.api.paging.OffsetPage;
import io.kaonet.api.paging.SortDirection;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.queries.reads.ActorFilter;
import io.kaonet.queries.reads.ActorOrder;
import io.kaonet.queries.reads.ActorPage;
import io.kaonet.queries.reads.ActorQueries;
import io.kaonet.queries.reads.ClusterQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Actors: one by id, pages of many, and each actor's clusters (batched). */
@Controller
public class ActorController {

    static final String CURSOR_KIND = "actor";

    private final ActorQueries actors;
    private final ClusterQueries clusters;

    public ActorController(ActorQueries actors, ClusterQueries clusters) {
        this.actors = actors;
        this.clusters = clusters;
    }

    /**
     * The arguments of {@code Query.actor}.
     *
     * @param id the actor's stable external id
     */
    public record ActorArguments(String id) {
    }

    @QueryMapping
    public Actor actor(@Arguments ActorArguments arguments) {
        return actors.byId(arguments.id()).orElse(null);
    }

    /**
     * The arguments of {@code Query.actors}; the defaults are the schema's.
     *
     * @param filter    which actors, or null for all (the schema's meaning of an omitted filter)
     * @param first     page size
     * @param after     cursor of the previous page's last actor, or null
     * @param orderBy   what to sort by
     * @param direction smallest or largest first
     */
    public record ActorsArguments(ActorFilter filter, Integer first, String after, ActorOrder orderBy,
                                  SortDirection direction) {

        public ActorsArguments {
            requireGiven("first", first);
            requireGiven("orderBy", orderBy);
            requireGiven("direction", direction);
        }
    }

    @QueryMapping(name = "actors")
    public Connection<Actor> actorPage(@Arguments ActorsArguments arguments) {
        ActorFilter f = arguments.filter() == null ? ActorFilter.NONE : arguments.filter();
        ActorOrder orderBy = arguments.orderBy();
        SortDirection direction = arguments.direction();
        if (orderBy != ActorOrder.ID || direction != SortDirection.ASC) {
            // Any other ordering pages by position, like the rankings of the analyses.
            String kind = CURSOR_KIND + "/" + orderBy + "/" + direction;
            OffsetPage page = OffsetPage.of(kind, arguments.first(), arguments.after());
            ActorPage sorted = actors.sortedPage(f, orderBy, direction == SortDirection.DESC, page.start(), page.size());
            List<Actor> list = sorted.actors();
            return page.of(kind, (int) sorted.totalCount(), i -> list.get(i - page.start()));
        }
        int size = Cursors.pageSize(arguments.first());
        String afterId = Cursors.decode(CURSOR_KIND, arguments.after());
        ActorPage page = actors.page(f, size, afterId);
        return Connection.of(page.actors(), a -> Cursors.encode(CURSOR_KIND, a.id()), afterId != null, page.hasNext(),
                page.totalCount());
    }

    @BatchMapping(typeName = "Actor", field = "clusterIds")
    public Map<Actor, List<String>> clusterIds(List<Actor> batch) {
        Map<Actor, List<String>> out = new LinkedHashMap<>();
        clusters(batch).forEach((actor, list) -> out.put(actor, list.stream().map(Cluster::id).toList()));
        return out;
    }

    @BatchMapping(typeName = "Actor", field = "clusters")
    public Map<Actor, List<Cluster>> clusters(List<Actor> batch) {
        Map<String, List<Cluster>> byId = clusters.clustersOf(batch.stream().map(Actor::id).toList());
        Map<Actor, List<Cluster>> out = new LinkedHashMap<>();
        for (Actor a : batch) {
            out.put(a, byId.getOrDefault(a.id(), List.of()));
        }
        return out;
    }
}
