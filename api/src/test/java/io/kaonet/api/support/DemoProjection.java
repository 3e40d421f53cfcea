package io.kaonet.api.support;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.demo.DemoNetworkGenerator;
import java.util.Comparator;
import java.util.List;

/**
 * The demo network as the whole-network scope projects it, built here from the generated records
 * without Neo4j or the projection reader: actors in id order with their attributes and every
 * membership, every stored tie. API tests run the graph-core algorithms on it and compare.
 */
public final class DemoProjection {

    /** The demo network's records, as loaded at start. */
    public static final NetworkBatch DEMO = new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).generate()
            .batch();

    private static CollaborationGraph graph;

    private DemoProjection() {
    }

    /** The whole demo network, built once. */
    public static synchronized CollaborationGraph graph() {
        if (graph == null) {
            graph = build(DEMO);
        }
        return graph;
    }

    /** The projection of a batch with no date, kind or cluster restriction. */
    public static CollaborationGraph build(NetworkBatch batch) {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        List<Actor> actors = batch.actors().stream().sorted(Comparator.comparing(Actor::id)).toList();
        for (Actor a : actors) {
            int u = b.addNode(a.id(), a.name(), a.kind());
            b.attributes(u, a.industry(), a.region(), a.country(), a.sme());
            b.keywords(u, a.technologies(), a.offers(), a.seeks());
        }
        for (Membership m : batch.memberships()) {
            b.indexOf(m.actorId()).ifPresent(u -> b.member(u, m.clusterId()));
        }
        for (Tie t : batch.ties()) {
            b.addTie(b.indexOf(t.sourceId()).orElseThrow(), b.indexOf(t.targetId()).orElseThrow(), t.kind(),
                    t.weight(), t.since());
        }
        return b.build();
    }
}
