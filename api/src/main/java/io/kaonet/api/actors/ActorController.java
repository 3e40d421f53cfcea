package io.kaonet.api.actors;

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
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Actors: one by id, pages of many, and each actor's clusters (batched). */
@Controller
public class ActorController {

    static final String CURSOR_KIND = "actor";
    private static final int DEFAULT_PAGE = 20;

    private final ActorQueries actors;
    private final ClusterQueries clusters;

    public ActorController(ActorQueries actors, ClusterQueries clusters) {
        this.actors = actors;
        this.clusters = clusters;
    }

    @QueryMapping
    public Actor actor(@Argument String id) {
        return actors.byId(id).orElse(null);
    }

    @QueryMapping(name = "actors")
    public Connection<Actor> actorPage(@Argument ActorFilter filter, @Argument Integer first, @Argument String after,
                                       @Argument ActorOrder orderBy, @Argument SortDirection direction) {
        ActorFilter f = filter == null ? ActorFilter.NONE : filter;
        if (orderBy != ActorOrder.ID || direction != SortDirection.ASC) {
            // Any other ordering pages by position, like the rankings of the analyses.
            String kind = CURSOR_KIND + "/" + orderBy + "/" + direction;
            OffsetPage page = OffsetPage.of(kind, first, after, DEFAULT_PAGE);
            ActorPage sorted = actors.sortedPage(f, orderBy, direction == SortDirection.DESC, page.start(), page.size());
            List<Actor> list = sorted.actors();
            return page.of(kind, (int) sorted.totalCount(), i -> list.get(i - page.start()));
        }
        int size = Cursors.pageSize(first, DEFAULT_PAGE);
        String afterId = Cursors.decode(CURSOR_KIND, after);
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
