package io.kaonet.api.intercluster;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.errors.InvalidArgumentException;

import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.Cursors;
import io.kaonet.api.paging.OffsetPage;
import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.intercluster.ClusterBoundary;
import io.kaonet.core.intercluster.ClusterPair;
import io.kaonet.core.intercluster.InterClusterLinks;
import io.kaonet.core.intercluster.InterClusterLinksResult;
import io.kaonet.core.intercluster.InterClusterTie;
import io.kaonet.core.intercluster.PlacePair;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.queries.reads.ActorQueries;
import io.kaonet.queries.reads.ClusterQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code network(scope) { interClusterLinks { … } }}: ties between clusters, regions and countries,
 * each cluster's E–I index and gatekeepers. Computed once per projection; the cluster records come
 * from one query made with it.
 */
@Controller
public class InterClusterController {


    private final Analyses analyses;
    private final ActorQueries actors;
    private final ClusterQueries clusters;

    public InterClusterController(Analyses analyses, ActorQueries actors, ClusterQueries clusters) {
        this.analyses = analyses;
        this.actors = actors;
        this.clusters = clusters;
    }

    @SchemaMapping(typeName = "Network", field = "interClusterLinks")
    public InterClusterView interClusterLinks(Network network) {
        ProjectionMemo memo = ProjectionMemo.of(analyses, network.scope());
        return memo.get(new Links(), (g, run) -> view(g, new InterClusterLinks(g).compute(run)));
    }

    /**
     * The arguments of {@code InterClusterLinks.gatekeepers}; the default is the schema's.
     *
     * @param first     at most this many per cluster, 0 to {@link Cursors#MAX_PAGE_SIZE}
     * @param clusterId only this cluster, or null for every cluster
     */
    public record GatekeepersArguments(Integer first, String clusterId) {

        public GatekeepersArguments {
            requireGiven("first", first);
            if (first < 0 || first > Cursors.MAX_PAGE_SIZE) {
                throw new InvalidArgumentException("first", first,
                        "first must be within [0, " + Cursors.MAX_PAGE_SIZE + "], was " + first);
            }
        }
    }

    /**
     * The arguments of {@code InterClusterLinks.links}; the default is the schema's.
     *
     * @param first     page size
     * @param after     cursor of the previous page's last tie, or null
     * @param clusterId only ties linking this cluster, or null for all
     */
    public record LinksArguments(Integer first, String after, String clusterId) {

        public LinksArguments {
            requireGiven("first", first);
        }
    }

    @SchemaMapping(typeName = "InterClusterLinks", field = "gatekeepers")
    public List<InterClusterView.ClusterGatekeepers> gatekeepers(InterClusterView links,
                                                                 @Arguments GatekeepersArguments arguments) {
        int limit = arguments.first();
        String clusterId = arguments.clusterId();
        List<InterClusterView.ClusterGatekeepers> out = new ArrayList<>();
        for (InterClusterView.ClusterGatekeepers b : links.boundaries()) {
            if (clusterId == null || clusterId.equals(b.cluster().id())) {
                out.add(new InterClusterView.ClusterGatekeepers(b.cluster(), b.total(),
                        b.gatekeepers().subList(0, Math.min(limit, b.gatekeepers().size()))));
            }
        }
        return out;
    }

    @SchemaMapping(typeName = "InterClusterLinks", field = "links")
    public Connection<InterClusterView.LinkTie> links(InterClusterView links, @Arguments LinksArguments arguments) {
        String clusterId = arguments.clusterId();
        String kind = "inter-cluster-tie/" + clusterId;
        OffsetPage page = OffsetPage.of(kind, arguments.first(), arguments.after());
        List<InterClusterView.LinkTie> ties = clusterId == null ? links.tieViews() : links.tieViews().stream()
                .filter(t -> t.links().stream().anyMatch(p -> p.clusterA().equals(clusterId)
                        || p.clusterB().equals(clusterId))).toList();
        return page.of(kind, ties.size(), ties::get);
    }

    @BatchMapping(typeName = "Gatekeeper", field = "actor")
    public Map<InterClusterView.Gatekeeper, Actor> gatekeeperActor(List<InterClusterView.Gatekeeper> gatekeepers) {
        Map<String, Actor> byId = actors.byIds(gatekeepers.stream().map(InterClusterView.Gatekeeper::actorId)
                .distinct().toList());
        Map<InterClusterView.Gatekeeper, Actor> out = new LinkedHashMap<>();
        gatekeepers.forEach(k -> out.put(k, byId.get(k.actorId())));
        return out;
    }

    @BatchMapping(typeName = "InterClusterTie", field = "actors")
    public Map<InterClusterView.LinkTie, List<Actor>> tieActors(List<InterClusterView.LinkTie> ties) {
        Map<String, Actor> byId = actors.byIds(ties.stream().flatMap(t -> t.actorIds().stream()).distinct().toList());
        Map<InterClusterView.LinkTie, List<Actor>> out = new LinkedHashMap<>();
        ties.forEach(t -> out.put(t, t.actorIds().stream().map(byId::get).toList()));
        return out;
    }

    private InterClusterView view(CollaborationGraph g, InterClusterLinksResult r) {
        Map<String, Cluster> stored = new HashMap<>();
        clusters.all().forEach(c -> stored.put(c.id(), c));
        List<Cluster> byCode = new ArrayList<>();
        for (String id : r.clusterIds()) {
            byCode.add(stored.getOrDefault(id, new Cluster(id, id, null, null, null, null)));
        }
        List<InterClusterView.Pair> pairs = new ArrayList<>();
        for (var p : r.pairs()) {
            Cluster a = byCode.get(p.pair().first());
            Cluster b = byCode.get(p.pair().second());
            pairs.add(a.id().compareTo(b.id()) < 0 ? new InterClusterView.Pair(a, b, p.ties())
                    : new InterClusterView.Pair(b, a, p.ties()));
        }
        pairs.sort(Comparator.comparingInt(InterClusterView.Pair::ties).reversed()
                .thenComparing(p -> p.clusterA().id()).thenComparing(p -> p.clusterB().id()));
        List<InterClusterView.ClusterEI> ei = new ArrayList<>();
        List<InterClusterView.ClusterGatekeepers> gatekeepers = new ArrayList<>();
        for (ClusterBoundary b : r.boundaries()) {
            Cluster cluster = byCode.get(b.cluster());
            ei.add(new InterClusterView.ClusterEI(cluster, b.members(), b.external(), b.internal(), finite(b.eiIndex()),
                    finite(b.eiBaseline())));
            List<InterClusterView.Gatekeeper> ranked = new ArrayList<>(b.gatekeepers().size());
            int rank = 1;
            for (var k : b.gatekeepers()) {
                ranked.add(new InterClusterView.Gatekeeper(g.id(k.node()), rank++, k.externalPartners(),
                        k.internalPartners(), k.clustersReached(), k.gatekeeperPairs(), k.representativePairs()));
            }
            gatekeepers.add(new InterClusterView.ClusterGatekeepers(cluster, ranked.size(), List.copyOf(ranked)));
        }
        List<InterClusterView.LinkTie> ties = new ArrayList<>(r.ties().size());
        for (InterClusterTie t : r.ties()) {
            List<InterClusterView.ClusterIdPair> links = new ArrayList<>();
            for (ClusterPair p : t.pairs()) {
                String a = r.clusterIds().get(p.first());
                String b = r.clusterIds().get(p.second());
                links.add(a.compareTo(b) < 0 ? new InterClusterView.ClusterIdPair(a, b)
                        : new InterClusterView.ClusterIdPair(b, a));
            }
            ties.add(new InterClusterView.LinkTie(List.of(g.id(t.low()), g.id(t.high())),
                    g.edgeKinds(t.edge()).asList(), List.copyOf(links)));
        }
        ei.sort(Comparator.comparing(e -> e.cluster().id()));
        gatekeepers.sort(Comparator.comparing(k -> k.cluster().id()));
        return new InterClusterView(r.ties().size(), List.copyOf(pairs), List.copyOf(ei),
                new InterClusterView.Overall(r.internal(), r.external(), r.excluded(), finite(r.eiIndex())),
                new InterClusterView.PlaceLinks(r.tiesAcrossRegions(), r.tiesWithUnknownRegion(), places(r.regionPairs())),
                new InterClusterView.PlaceLinks(r.internationalTies(), r.tiesWithUnknownCountry(),
                        places(r.countryPairs())),
                List.copyOf(gatekeepers), List.copyOf(ties));
    }

    private static List<InterClusterView.PlacePair> places(List<PlacePair> pairs) {
        return pairs.stream().map(p -> new InterClusterView.PlacePair(p.first(), p.second(), p.ties())).toList();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private record Links() implements AnalysisKey<InterClusterView> {
    }
}
