package io.kaonet.queries.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.core.testing.SeededGraphs;
import io.kaonet.queries.TestDatabase;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * After random sequences of small writes (new actors and ties, changed actors, memberships,
 * participations, deletions, and writes by someone else's Cypher that leave no change record), the
 * projection brought up to date from the previous one equals a fresh projection, for many scopes,
 * by both ways of reading; and most updates are patches, not full reads.
 */
class IncrementalProjectionIT {

    private static final long SEED = 7_2026L;

    @Test
    void updatedProjectionEqualsAFreshOneAfterRandomWrites() {
        TestDatabase.clear();
        Random random = new Random(SEED);
        NetworkBatch network = SeededGraphs.network(random, 200, "i");
        NetworkWriter writer = new NetworkWriter(TestDatabase.connection());
        writer.write(network);
        List<String> actors = new ArrayList<>(network.actors().stream().map(Actor::id).toList());
        List<String> clusters = network.clusters().stream().map(c -> c.id()).toList();
        List<String> activities = network.activities().stream().map(x -> x.id()).toList();

        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.ALL);
        scopes.add(Scope.ALL.withAsOf(java.time.LocalDate.of(2004, 1, 1)));
        while (scopes.size() < 8) {
            Scope s = SeededGraphs.scope(random, network);
            if (s.regions().isEmpty() && s.countries().isEmpty()) {
                scopes.add(s); // regions and countries may vanish with deletions; clusters stay
            }
        }
        Map<ProjectionReader.Access, ProjectionReader> readers = Map.of(
                ProjectionReader.Access.DRIVER, new ProjectionReader(TestDatabase.connection(), ProjectionReader.Access.DRIVER),
                ProjectionReader.Access.JAVA_API, new ProjectionReader(TestDatabase.connection(), ProjectionReader.Access.JAVA_API));
        Map<ProjectionReader.Access, List<ProjectionReader.Snapshot>> cached = new java.util.EnumMap<>(ProjectionReader.Access.class);
        readers.forEach((access, reader) -> cached.put(access, new ArrayList<>(scopes.stream().map(reader::snapshot).toList())));
        Projections projections = new Projections(readers.get(ProjectionReader.Access.JAVA_API),
                new StoreQueries(TestDatabase.connection()));
        scopes.forEach(projections::graph);

        int patched = 0;
        int updates = 0;
        int next = 0;
        for (int step = 0; step < 30; step++) {
            String what = write(random, List.of(TestDatabase.connection()), actors, clusters, activities, next++);
            for (int i = 0; i < scopes.size(); i++) {
                Scope scope = scopes.get(i);
                CanonicalGraph fresh = CanonicalGraph.of(readers.get(ProjectionReader.Access.DRIVER).read(scope));
                for (var access : ProjectionReader.Access.values()) {
                    ProjectionReader.Snapshot updated = readers.get(access).update(scope, cached.get(access).get(i));
                    CanonicalGraph.of(updated.graph()).assertSameAs(fresh,
                            access + " after step " + step + " (" + what + "), scope " + scope);
                    cached.get(access).set(i, updated);
                    patched += updated.patched() ? 1 : 0;
                    updates++;
                }
                CanonicalGraph.of(projections.graph(scope)).assertSameAs(fresh, "Projections after step " + step);
            }
        }
        // Writes by others' Cypher (about one in eight) must be re-read whole; the rest patched.
        assertThat(patched).as("patched updates of " + updates).isGreaterThan(updates / 2);
    }

    /**
     * One random small write, made the same in each store (so that stores holding the same network
     * still do); returns what it was.
     */
    static String write(Random random, List<Neo4jConnection> stores, List<String> actors, List<String> clusters,
                        List<String> activities, int n) {
        List<NetworkWriter> writers = stores.stream().map(NetworkWriter::new).toList();
        String a = actors.get(random.nextInt(actors.size()));
        String b = actors.get(random.nextInt(actors.size()));
        switch (random.nextInt(8)) {
            case 0 -> {
                Actor fresh = SeededGraphs.actor(random, "new" + n);
                actors.add(fresh.id());
                writeAll(writers, batch(List.of(fresh), List.of(new Tie("nt" + n, fresh.id(), a,
                        SeededGraphs.TIE_KINDS.get(random.nextInt(SeededGraphs.TIE_KINDS.size())),
                        SeededGraphs.date(random), null, 2, "test")), List.of(), List.of()));
                return "new actor " + fresh.id() + " tied to " + a;
            }
            case 1 -> {
                writeAll(writers, batch(List.of(SeededGraphs.actor(random, a)), List.of(), List.of(), List.of()));
                return "changed actor " + a;
            }
            case 2 -> {
                if (a.equals(b)) {
                    return "nothing";
                }
                writeAll(writers, batch(List.of(), List.of(new Tie("nt" + n, a, b,
                        SeededGraphs.TIE_KINDS.get(random.nextInt(SeededGraphs.TIE_KINDS.size())),
                        random.nextBoolean() ? null : SeededGraphs.date(random), null, 0.5, "test")),
                        List.of(), List.of()));
                return "tie " + a + " - " + b;
            }
            case 3 -> {
                writeAll(writers, batch(List.of(), List.of(), List.of(new Membership(a,
                        clusters.get(random.nextInt(clusters.size())), SeededGraphs.date(random), null)), List.of()));
                return "membership of " + a;
            }
            case 4 -> {
                String x = activities.get(random.nextInt(activities.size()));
                writeAll(writers, batch(List.of(), List.of(), List.of(), List.of(new Participation(x, a, "partner", null))));
                return "participation of " + a + " in " + x;
            }
            case 5 -> {
                if (actors.size() < 150) {
                    return "nothing";
                }
                actors.remove(a);
                writers.forEach(w -> w.deleteActors(List.of(a)));
                return "deleted " + a;
            }
            case 6 -> {
                // Someone else's Cypher: changes an actor and moves the version without a change record.
                for (Neo4jConnection store : stores) {
                    try (var session = store.driver().session(store.sessionConfig())) {
                        session.executeWrite(tx -> tx.run("""
                                MATCH (x:Actor {id: $id}) SET x.founded = 2012, x.hash = null
                                WITH 1 AS one MATCH (m:KaonetMeta {id: 'kaonet'}) SET m.version = m.version + 1
                                """, Map.of("id", a)).consume());
                    }
                }
                return "external Cypher on " + a;
            }
            default -> {
                if (a.equals(b)) {
                    return "nothing";
                }
                writeAll(writers, batch(List.of(), List.of(new Tie("nt" + n, a, b,
                        io.kaonet.core.model.TieKind.ALLIANCE, SeededGraphs.date(random), SeededGraphs.date(random)
                        .plusYears(30), 1, "test")), List.of(), List.of()));
                return "dated tie of " + a;
            }
        }
    }

    /** Writes one batch, made once, into every store. */
    private static void writeAll(List<NetworkWriter> writers, NetworkBatch batch) {
        writers.forEach(w -> w.write(batch));
    }

    private static NetworkBatch batch(List<Actor> actors, List<Tie> ties, List<Membership> memberships,
                                      List<Participation> participations) {
        return new NetworkBatch(actors, ties, List.of(), memberships, List.of(), participations);
    }
}
