package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.DataVersion;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

/**
 * Reads a scope of the embedded database through Neo4j's Java API, as Neo4j's Graph Data Science
 * does: index lookups and label scans find the candidate actors, the scope's conditions are checked
 * on each node, and ties are found by walking each kept actor's outgoing relationships of the kept
 * types; a scope that narrows by no indexed property is read instead by one kernel-cursor pass over
 * the node store and one over the relationship store on every core ({@link StoreScan}). No Cypher is
 * planned and no value is encoded for Bolt. It applies the same rules as
 * {@link ScopeCypher} (a test holds the two to the same graphs) and builds through the same
 * {@link ScopeGraphBuilder}.
 *
 * <p>Node ids ({@code getId()}, deprecated in favour of element ids) key the maps of kept actors
 * because they are longs within one transaction, which is all this read needs; element ids are
 * strings and would cost a string hash per relationship.
 */
@SuppressWarnings("deprecation")
final class JavaApiRead {

    private static final Label ACTOR = Label.label("Actor");
    private static final Label CLUSTER = Label.label("Cluster");
    private static final Label ACTIVITY = Label.label("Activity");
    private static final RelationshipType MEMBER_OF = RelationshipType.withName(GraphSchema.MEMBER_OF);
    private static final RelationshipType PARTICIPATES_IN = RelationshipType.withName(GraphSchema.PARTICIPATES_IN);
    private static final RelationshipType[] ALL_TIES = GraphSchema.tieTypes().stream()
            .map(RelationshipType::withName).toArray(RelationshipType[]::new);

    private static final Label CHANGE = Label.label("KaonetChange");

    /**
     * The properties read from each node and relationship, each set in one pass over the entity's
     * property chain ({@code getProperties}); one {@code getProperty} call per name would walk the
     * chain once per name.
     */
    private static final String[] CONDITION_KEYS = {"id", "kind", "region", "country", "founded"};
    private static final String[] ROW_KEYS = {"name", "kind", "industry", "region", "country", "sme", "technologies",
        "offers", "seeks"};
    private static final String[] TIE_KEYS = {"since", "until", "weight"};

    private final Transaction tx;
    private final Scope scope;
    private final Set<String> only;
    private final int scanThreads;

    private JavaApiRead(Transaction tx, Scope scope, Set<String> only, int scanThreads) {
        this.tx = tx;
        this.scope = scope;
        this.only = only;
        this.scanThreads = scanThreads;
    }

    /**
     * Reads the whole scope ({@code only} null) or only those actors and the ties and activities
     * around them (a patch) into {@code b}, and builds; a scan of the whole store runs on
     * {@code scanThreads} threads (0: by the store's size).
     */
    static CollaborationGraph read(Transaction tx, Scope scope, Set<String> only, ScopeGraphBuilder b, int scanThreads) {
        return new JavaApiRead(tx, scope, only, scanThreads).read(b);
    }

    /** The data version as stored, read in the same transaction as the graph. */
    static long version(Transaction tx) {
        return DataVersion.current(tx);
    }

    /** As {@code ChangeLog.touched}, through the Java API: empty when a version has no record or a full one. */
    static Optional<Set<String>> touched(Transaction tx, long from, long to) {
        Set<String> actors = new HashSet<>();
        for (long v = from + 1; v <= to; v++) {
            Node change = tx.findNode(CHANGE, "version", v);
            if (change == null || !Boolean.FALSE.equals(change.getProperty("full", null))) {
                return Optional.empty();
            }
            actors.addAll(strings(change.getProperty("actors", null)));
        }
        return Optional.of(actors);
    }

    private CollaborationGraph read(ScopeGraphBuilder b) {
        if (only == null && labelScan()) {
            return readStore(b);
        }
        List<Kept> kept = new ArrayList<>();
        LongOpenHashSet seen = new LongOpenHashSet();
        for (Node a : candidates()) {
            if (seen.add(a.getId())) {
                Map<String, Object> p = a.getProperties(CONDITION_KEYS);
                if (keeps(a, p)) {
                    kept.add(new Kept(a, (String) p.get("id")));
                }
            }
        }
        kept.sort(Comparator.comparing(Kept::id));
        Long2IntOpenHashMap index = new Long2IntOpenHashMap(kept.size());
        index.defaultReturnValue(-1);
        for (Kept k : kept) {
            Node a = k.node();
            List<String> clusters = new ArrayList<>();
            for (Relationship m : a.getRelationships(Direction.OUTGOING, MEMBER_OF)) {
                if (overlaps(m, "since", "until") && m.getEndNode().hasLabel(CLUSTER)) {
                    clusters.add((String) m.getEndNode().getProperty("id"));
                }
            }
            Map<String, Object> p = a.getProperties(ROW_KEYS);
            b.actor(new ScopeGraphBuilder.ActorRow(k.id(), (String) p.get("name"),
                    ActorKind.valueOf((String) p.get("kind")), (String) p.get("industry"),
                    (String) p.get("region"), (String) p.get("country"),
                    (Boolean) p.get("sme"), strings(p.get("technologies")),
                    strings(p.get("offers")), strings(p.get("seeks")), clusters));
        }
        b.actorsDone();
        Map<String, TieKind> types = keptTypes();
        if (!types.isEmpty() && only != null) {
            RelationshipType[] kinds = types.keySet().stream().map(RelationshipType::withName).toArray(RelationshipType[]::new);
            for (Kept k : kept) {
                for (Relationship r : k.node().getRelationships(Direction.BOTH, kinds)) {
                    Map<String, Object> p = r.getProperties(TIE_KEYS);
                    if (overlaps(p)) {
                        b.tie(k.id(), (String) r.getStartNode().getProperty("id"),
                                (String) r.getEndNode().getProperty("id"), types.get(r.getType().name()),
                                (Number) p.get("weight"), (LocalDate) p.get("since"));
                    }
                }
            }
        } else if (!types.isEmpty()) {
            for (Kept k : kept) {
                index.put(k.node().getId(), b.indexOf(k.id()));
            }
            // A scope this narrow walks its kept actors' chains (the whole store is scanned above).
            RelationshipType[] kinds = types.keySet().stream().map(RelationshipType::withName)
                    .toArray(RelationshipType[]::new);
            for (Kept k : kept) {
                for (Relationship r : k.node().getRelationships(Direction.OUTGOING, kinds)) {
                    tie(b, index, types, r);
                }
            }
        }
        if (scope.includeActivities()) {
            activities(b, kept);
        }
        return b.build();
    }

    /** Each activity in the scope's dates that a kept actor takes part in, with all its participants. */
    private void activities(ScopeGraphBuilder b, List<Kept> kept) {
        Map<String, Node> activities = new java.util.TreeMap<>();
        for (Kept k : kept) {
            for (Relationship p : k.node().getRelationships(Direction.OUTGOING, PARTICIPATES_IN)) {
                Node x = p.getEndNode();
                if (x.hasLabel(ACTIVITY) && overlaps(x, "start", "end")) {
                    activities.putIfAbsent((String) x.getProperty("id"), x);
                }
            }
        }
        for (Node x : activities.values()) {
            Set<String> members = new LinkedHashSet<>();
            for (Relationship p : x.getRelationships(Direction.INCOMING, PARTICIPATES_IN)) {
                Node a = p.getStartNode();
                if (a.hasLabel(ACTOR)) {
                    members.add((String) a.getProperty("id"));
                }
            }
            b.activity(List.copyOf(members), (LocalDate) x.getProperty("start", null));
        }
    }

    private record Kept(Node node, String id) {
    }

    /**
     * A full read of a scope that narrows by no indexed property: the whole store in one pass over
     * each of its node and relationship stores ({@link StoreScan}), the scope's dates applied on the
     * way; then the kept actors in id order, their clusters, and the ties between kept actors.
     */
    private CollaborationGraph readStore(ScopeGraphBuilder b) {
        try (StoreScan scan = StoreScan.start(((InternalTransaction) tx).kernelTransaction(), scope, keptTypes(),
                scanThreads)) {
            List<StoreScan.ActorNode> actors = scan.actors();
            // With an end date, existence may need an actor's first record (read through the
            // transaction, which the scan's threads must have to themselves): wait for them first.
            List<StoreScan.Links> links = scope.windowEnd() == null ? null : scan.links();
            List<StoreScan.ActorNode> kept = new ArrayList<>(actors.size());
            long highest = -1;
            for (StoreScan.ActorNode a : actors) {
                if (keeps(a.kind(), a.region(), a.country(), a.founded(), () -> tx.getNodeById(a.ref()))) {
                    kept.add(a);
                    highest = Math.max(highest, a.ref());
                }
            }
            StoreScan.ActorNode[] sorted = kept.toArray(StoreScan.ActorNode[]::new);
            Arrays.parallelSort(sorted, Comparator.comparing(StoreScan.ActorNode::id));
            if (highest >= Integer.MAX_VALUE) {
                throw new IllegalStateException("node reference " + highest + " is beyond what a projection can index");
            }
            int[] index = new int[(int) highest + 1];
            Arrays.fill(index, -1);
            for (int u = 0; u < sorted.length; u++) {
                index[(int) sorted[u].ref()] = u;
            }
            for (int u = 0; u < sorted.length; u++) {
                StoreScan.ActorNode a = sorted[u];
                b.actor(new ScopeGraphBuilder.ActorRow(a.id(), a.name(), a.kind(), a.industry(), a.region(),
                        a.country(), a.sme(), a.technologies(), a.offers(), a.seeks(), List.of()));
            }
            b.actorsDone();
            links = links == null ? scan.links() : links;
            Long2ObjectOpenHashMap<String> clusterIds = new Long2ObjectOpenHashMap<>();
            for (StoreScan.Links part : links) {
                for (int i = 0; i < part.members; i++) {
                    int u = at(index, part.memberActor[i]);
                    String cluster = u < 0 ? null : clusterIds.computeIfAbsent(part.memberCluster[i], this::clusterId);
                    if (cluster != null && !cluster.isEmpty()) {
                        b.member(u, cluster);
                    }
                }
            }
            for (StoreScan.Links part : links) {
                for (int i = 0; i < part.ties; i++) {
                    int u = at(index, part.tieSource[i]);
                    int v = u < 0 ? -1 : at(index, part.tieTarget[i]);
                    if (v >= 0) {
                        b.tie(u, v, StoreScan.tieKind(part.tieKind[i]), part.tieWeight[i], part.tieSince[i]);
                    }
                }
            }
            if (scope.includeActivities()) {
                List<Kept> keptNodes = new ArrayList<>(sorted.length);
                for (StoreScan.ActorNode a : sorted) {
                    keptNodes.add(new Kept(tx.getNodeById(a.ref()), a.id()));
                }
                activities(b, keptNodes);
            }
        }
        return b.build();
    }

    private static int at(int[] index, long ref) {
        return ref < index.length ? index[(int) ref] : -1;
    }

    /** The id of a cluster node, or "" when the node is not a cluster. */
    private String clusterId(long ref) {
        Node c = tx.getNodeById(ref);
        return c.hasLabel(CLUSTER) ? (String) c.getProperty("id", "") : "";
    }

    /** Adds a tie of a kept kind between two kept actors in the scope's dates (a full read). */
    private void tie(ScopeGraphBuilder b, Long2IntOpenHashMap index, Map<String, TieKind> types, Relationship r) {
        TieKind kind = types.get(r.getType().name());
        if (kind == null) {
            return;
        }
        int u = index.get(r.getStartNodeId());
        int v = u < 0 ? -1 : index.get(r.getEndNodeId());
        if (v >= 0) {
            Map<String, Object> p = r.getProperties(TIE_KEYS);
            if (overlaps(p)) {
                b.tie(u, v, kind, (Number) p.get("weight"), (LocalDate) p.get("since"));
            }
        }
    }

    /** Whether the candidates are every actor (a label scan): the scope narrows by no indexed property. */
    private boolean labelScan() {
        return scope.clusterIds().isEmpty() && scope.regions().isEmpty() && scope.countries().isEmpty()
                && scope.actorKinds().isEmpty();
    }

    /** The nodes that may be kept, found through the narrowest lookup the scope allows (with repeats). */
    private Iterable<Node> candidates() {
        List<Node> out = new ArrayList<>();
        if (only != null) {
            for (String id : only) {
                Node a = tx.findNode(ACTOR, "id", id);
                if (a != null) {
                    out.add(a);
                }
            }
        } else if (!scope.clusterIds().isEmpty()) {
            for (String id : scope.clusterIds()) {
                Node c = tx.findNode(CLUSTER, "id", id);
                if (c != null) {
                    for (Relationship m : c.getRelationships(Direction.INCOMING, MEMBER_OF)) {
                        if (overlaps(m, "since", "until") && m.getStartNode().hasLabel(ACTOR)) {
                            out.add(m.getStartNode());
                        }
                    }
                }
            }
        } else if (!scope.regions().isEmpty()) {
            scope.regions().forEach(r -> addAll(out, tx.findNodes(ACTOR, "region", r)));
        } else if (!scope.countries().isEmpty()) {
            scope.countries().forEach(c -> addAll(out, tx.findNodes(ACTOR, "country", c)));
        } else if (!scope.actorKinds().isEmpty()) {
            scope.actorKinds().forEach(k -> addAll(out, tx.findNodes(ACTOR, "kind", k.name())));
        } else {
            // labelScan()
            addAll(out, tx.findNodes(ACTOR));
        }
        return out;
    }

    private static void addAll(List<Node> out, ResourceIterator<Node> nodes) {
        try (nodes) {
            nodes.forEachRemaining(out::add);
        }
    }

    /**
     * The scope's conditions on one actor node, from its {@link #CONDITION_KEYS} (the cluster
     * condition only for candidates not found through it).
     */
    private boolean keeps(Node a, Map<String, Object> p) {
        Object kind = p.get("kind");
        if (!(kind instanceof String k)) {
            return false;
        }
        Object founded = p.get("founded");
        return keeps(ActorKind.valueOf(k), (String) p.get("region"), (String) p.get("country"),
                founded == null ? null : ((Number) founded).longValue(), () -> a)
                && !(only != null && !scope.clusterIds().isEmpty() && !memberInScope(a));
    }

    /** The scope's kind, region, country and existence conditions on one actor; {@code node} only for the last. */
    private boolean keeps(ActorKind kind, String region, String country, Long founded, Supplier<Node> node) {
        if (!scope.keepsActorKind(kind) || !scope.keepsRegion(region) || !scope.keepsCountry(country)) {
            return false;
        }
        if (scope.windowEnd() == null) {
            return true;
        }
        return scope.existed(founded == null ? null : founded.intValue(),
                founded == null ? firstRecorded(node.get()) : null);
    }

    private boolean memberInScope(Node a) {
        for (Relationship m : a.getRelationships(Direction.OUTGOING, MEMBER_OF)) {
            if (overlaps(m, "since", "until") && m.getEndNode().hasLabel(CLUSTER)
                    && scope.clusterIds().contains((String) m.getEndNode().getProperty("id", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The first day of an actor's ties and activities; null when it has none or one is undated. */
    private static LocalDate firstRecorded(Node a) {
        LocalDate first = null;
        boolean any = false;
        for (Relationship r : a.getRelationships(Direction.BOTH, ALL_TIES)) {
            if (r.getOtherNode(a).hasLabel(ACTOR)) {
                LocalDate since = (LocalDate) r.getProperty("since", null);
                if (since == null) {
                    return null;
                }
                first = any && first.isBefore(since) ? first : since;
                any = true;
            }
        }
        for (Relationship p : a.getRelationships(Direction.OUTGOING, PARTICIPATES_IN)) {
            Node x = p.getEndNode();
            if (x.hasLabel(ACTIVITY)) {
                LocalDate start = (LocalDate) x.getProperty("start", null);
                if (start == null) {
                    return null;
                }
                first = any && first.isBefore(start) ? first : start;
                any = true;
            }
        }
        return first;
    }

    /** The relationship types of the kept tie kinds, by name. */
    private Map<String, TieKind> keptTypes() {
        Map<String, TieKind> types = new HashMap<>();
        for (TieKind k : TieKind.values()) {
            if (k.storable() && scope.keepsTieKind(k)) {
                types.put(k.name(), k);
            }
        }
        return types;
    }

    private boolean overlaps(Map<String, Object> tie) {
        return scope.overlaps((LocalDate) tie.get("since"), (LocalDate) tie.get("until"));
    }

    private boolean overlaps(org.neo4j.graphdb.Entity e, String since, String until) {
        return scope.overlaps((LocalDate) e.getProperty(since, null), (LocalDate) e.getProperty(until, null));
    }

    private static List<String> strings(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
