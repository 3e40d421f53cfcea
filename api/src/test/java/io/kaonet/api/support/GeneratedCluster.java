package io.kaonet.api.support;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.DataVersion;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random cluster a test writes to the shared store for work that must take long (a job to cancel,
 * a scope too large for exact values at once), and deletes with its actors, ties and memberships
 * before it ends, so that the demo network is as it found it. Its firms are tied by alliances between
 * uniformly drawn pairs; the same seed writes the same cluster.
 *
 * @param id       the cluster's id (no other test reads it)
 * @param name     its name
 * @param idPrefix the prefix of its actors' ids, followed by 0, 1, …
 * @param actors   how many firms
 * @param ties     how many ties (pairs drawn again make parallel ties)
 * @param seed     the seed of the pairs
 */
public record GeneratedCluster(String id, String name, String idPrefix, int actors, int ties, long seed) {

    public GeneratedCluster {
        if (actors < 2 || ties < 0) {
            throw new IllegalArgumentException("a generated cluster needs at least 2 actors and no negative tie count, was "
                    + actors + " and " + ties);
        }
    }

    /** Writes it straight to the store and returns its actors' ids. */
    public List<String> write(NetworkWriter writer) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Actor> firms = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            String actor = idPrefix + i;
            ids.add(actor);
            firms.add(Actor.of(actor, "Generated firm " + i, ActorKind.COMPANY));
            memberships.add(new Membership(actor, id, null, null));
        }
        List<Tie> alliances = new ArrayList<>();
        while (alliances.size() < ties) {
            int u = random.nextInt(actors);
            int v = random.nextInt(actors);
            if (u != v) {
                alliances.add(new Tie(null, ids.get(u), ids.get(v), TieKind.ALLIANCE, null, null, 1, name));
            }
        }
        Cluster cluster = new Cluster(id, name, null, null, ClusterType.METROPOLITAN, null);
        writer.write(new NetworkBatch(firms, alliances, List.of(cluster), memberships, List.of(), List.of()));
        return ids;
    }

    /** Deletes the actors written (with their ties and memberships) and the cluster. */
    public void delete(NetworkWriter writer, Neo4jConnection connection, List<String> ids) {
        writer.deleteActors(ids);
        DataVersion.deleteNodes(connection, "Cluster", "id", List.of(id));
    }
}
