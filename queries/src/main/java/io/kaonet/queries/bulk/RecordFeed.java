package io.kaonet.queries.bulk;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.DanglingReferenceException;
import io.kaonet.queries.writes.NetworkWriter;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.Values;

/**
 * Hands the records of an emitted import to Neo4j's batch importer in one pass of the source: a
 * thread of its own runs {@code emit} once and puts the definitions (actors, clusters, activities)
 * of each chunk on the node queue and its references (ties, memberships, participations) on the
 * relationship queue, each short; the importer's threads take chunks from them (several at once,
 * as Neo4j's own CSV input is read) and turn each into entities, with exactly the rows, properties
 * and content hashes of the transactional writer ({@link NetworkWriter#prepare} makes its rows with
 * the same functions).
 *
 * <p>Node ids are given by the feed ({@code IdType.ACTUAL}): each definition gets the next number as
 * it is queued, kept per kind in a hash map from the record's id, and a reference's ends are looked
 * up there. So the importer needs neither its string id mapper (encoding, sorting, and a binary
 * search per end, most of its relationship stage's time) nor a second read of the input for the
 * nodes. A reference whose end is in no map is not handed on but kept, and the load refuses it
 * ({@link #dangling()}).
 *
 * <p>Every format emits all its definitions before its first reference, and the importer takes all
 * nodes before it asks for the first relationship: the node queue ends at the first chunk that holds
 * references (or at the end of the input), and a definition after that is refused.
 *
 * <p>The importer's own CSV input is not used because Kaonet's records are already validated and
 * typed: writing them out as CSV only to parse them again would cost a pass and need escaping rules
 * for lists and points.
 */
final class RecordFeed implements AutoCloseable {

    /** Chunks waiting for the importer on each queue; small, so that memory stays bounded by a few chunks. */
    private static final int QUEUE_CHUNKS = 4;
    private static final Object END = new Object();
    /** Dangling references kept to be named (all are counted). */
    private static final int DANGLING_KEPT = 100;
    private static final String[] CLUSTER_LABELS = {"Cluster"};
    private static final String[] ACTIVITY_LABELS = {"Activity"};
    private static final Map<io.kaonet.core.model.ActorKind, String[]> ACTOR_LABELS =
            new EnumMap<>(io.kaonet.core.model.ActorKind.class);

    static {
        for (io.kaonet.core.model.ActorKind kind : io.kaonet.core.model.ActorKind.values()) {
            ACTOR_LABELS.put(kind, new String[] {"Actor", GraphSchema.label(kind)});
        }
    }

    private final FirstLoad.Source source;
    private final BlockingQueue<Object> nodeQueue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
    private final BlockingQueue<Object> relationshipQueue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
    /** Node ids by record id, per kind; written by the producer only, read by the importer once the nodes are all queued. */
    private final Object2LongOpenHashMap<String> actors = ids();
    private final Object2LongOpenHashMap<String> clusters = ids();
    private final Object2LongOpenHashMap<String> activities = ids();
    private long nextNodeId;
    private Thread producer;

    private volatile RuntimeException sourceFailure;
    private volatile long chunks;
    /** Records of each kind the input holds (actors, ties, clusters, memberships, activities, participations), counted by the pass. */
    private final long[] records = new long[6];
    private final List<DanglingReferenceException.Dangling> dangling = new ArrayList<>();
    private long danglingCount;

    RecordFeed(FirstLoad.Source source) {
        this.source = source;
    }

    private static Object2LongOpenHashMap<String> ids() {
        Object2LongOpenHashMap<String> map = new Object2LongOpenHashMap<>();
        map.defaultReturnValue(-1);
        return map;
    }

    /** The records of each kind the input held, once the pass is over; all of them are created by the load. */
    long[] records() {
        synchronized (records) {
            return records.clone();
        }
    }

    /** The failure of the source (e.g. a file changed since validation), if the pass stopped on one. */
    RuntimeException sourceFailure() {
        return sourceFailure;
    }

    /** How many chunks the pass emitted. */
    long chunks() {
        return chunks;
    }

    /** The references whose end was not defined (at most {@value #DANGLING_KEPT} of them); empty when all were handed on. */
    synchronized List<DanglingReferenceException.Dangling> dangling() {
        return List.copyOf(dangling);
    }

    /** Starts the pass over the source; the importer's first request for nodes does it. */
    private synchronized void start() {
        if (producer != null) {
            throw new IllegalStateException("a first load reads its input once; the importer asked for the nodes twice");
        }
        producer = new Thread(this::produce, "kaonet-first-load-feed");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce() {
        boolean[] referencesBegan = {false};
        try {
            chunks = source.emit(batch -> {
                NetworkBatch defined = definitions(batch);
                NetworkBatch referring = references(batch);
                if (defined.size() > 0) {
                    if (referencesBegan[0]) {
                        throw new IllegalStateException("the input defines " + defined.size()
                                + " actors, clusters or activities after ties, memberships or participations;"
                                + " a first load needs every definition first");
                    }
                    put(nodeQueue, new Nodes(defined, number(defined)));
                }
                if (referring.size() > 0) {
                    if (!referencesBegan[0]) {
                        referencesBegan[0] = true;
                        put(nodeQueue, END);
                    }
                    put(relationshipQueue, referring);
                }
                tally(batch);
            });
        } catch (RuntimeException e) {
            sourceFailure = e;
        } finally {
            if (!referencesBegan[0]) {
                offerEnd(nodeQueue);
            }
            offerEnd(relationshipQueue);
        }
    }

    /** Gives every definition of the chunk its node id, in the order {@link Nodes} visits them; returns the first. */
    private long number(NetworkBatch defined) {
        long first = nextNodeId;
        for (Cluster c : defined.clusters()) {
            clusters.put(c.id(), nextNodeId++);
        }
        for (Actor a : defined.actors()) {
            actors.put(a.id(), nextNodeId++);
        }
        for (Activity a : defined.activities()) {
            activities.put(a.id(), nextNodeId++);
        }
        return first;
    }

    private void tally(NetworkBatch batch) {
        synchronized (records) {
            records[0] += batch.actors().size();
            records[1] += batch.ties().size();
            records[2] += batch.clusters().size();
            records[3] += batch.memberships().size();
            records[4] += batch.activities().size();
            records[5] += batch.participations().size();
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("first load stopped while reading the input", e);
        }
    }

    /** Ends a queue, unless the load is being stopped (then nobody reads it any more). */
    private static void offerEnd(BlockingQueue<Object> queue) {
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    InputIterable nodes() {
        return () -> {
            start();
            return new Pass(nodeQueue, true);
        };
    }

    InputIterable relationships() {
        return () -> new Pass(relationshipQueue, false);
    }

    /** Stops the pass if the importer stopped before taking everything. */
    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.interrupt();
        }
    }

    private static NetworkBatch definitions(NetworkBatch b) {
        return new NetworkBatch(b.actors(), List.of(), b.clusters(), List.of(), b.activities(), List.of());
    }

    private static NetworkBatch references(NetworkBatch b) {
        return new NetworkBatch(List.of(), b.ties(), List.of(), b.memberships(), List.of(), b.participations());
    }

    /** A chunk's definitions with the node id of its first. */
    private record Nodes(NetworkBatch batch, long firstId) {
    }

    /** One entity as the importer's visitor takes it. */
    private interface Entity {
        void visit(InputEntityVisitor visitor) throws IOException;
    }

    /** Node entities in the order {@link #number} gave their ids. */
    private static List<Entity> nodeEntities(Nodes nodes) {
        NetworkBatch b = nodes.batch();
        List<Entity> entities = new ArrayList<>(b.size());
        long id = nodes.firstId();
        for (Cluster c : b.clusters()) {
            entities.add(node(id++, NetworkWriter.clusterRow(c), CLUSTER_LABELS));
        }
        for (Actor a : b.actors()) {
            entities.add(node(id++, NetworkWriter.actorRow(a), ACTOR_LABELS.get(a.kind())));
        }
        for (Activity a : b.activities()) {
            entities.add(node(id++, NetworkWriter.activityRow(a), ACTIVITY_LABELS));
        }
        return entities;
    }

    private List<Entity> relationshipEntities(NetworkBatch b) {
        List<Entity> entities = new ArrayList<>(b.size());
        for (Tie t : b.ties()) {
            Map<String, Object> row = NetworkWriter.tieRow(t);
            relationship(entities, row, t.kind().name(), "source", actors, "Actor", "target", actors, "Actor", t.source());
        }
        for (Membership m : b.memberships()) {
            relationship(entities, NetworkWriter.membershipRow(m), GraphSchema.MEMBER_OF, "actor", actors, "Actor",
                    "cluster", clusters, "Cluster", "membership " + m.actorId() + " → " + m.clusterId());
        }
        for (Participation p : b.participations()) {
            relationship(entities, NetworkWriter.participationRow(p), GraphSchema.PARTICIPATES_IN, "actor", actors, "Actor",
                    "activity", activities, "Activity", "participation " + p.actorId() + " → " + p.activityId());
        }
        return entities;
    }

    private static Entity node(long id, Map<String, Object> row, String[] labels) {
        return v -> {
            v.id(id);
            v.labels(labels);
            v.property("id", row.get("id"));
            properties(v, row);
            v.endOfEntity();
        };
    }

    /** Adds the relationship of a row, or keeps it as dangling when an end was never defined. */
    private void relationship(List<Entity> entities, Map<String, Object> row, String type, String start,
                              Object2LongOpenHashMap<String> startIds, String startLabel, String end,
                              Object2LongOpenHashMap<String> endIds, String endLabel, String origin) {
        String startKey = (String) row.get(start);
        String endKey = (String) row.get(end);
        long startId = startIds.getLong(startKey);
        long endId = endIds.getLong(endKey);
        if (startId < 0 || endId < 0) {
            dangle(origin, startId < 0 ? startLabel : endLabel, startId < 0 ? startKey : endKey);
            return;
        }
        entities.add(v -> {
            v.startId(startId);
            v.endId(endId);
            v.type(type);
            v.property("key", row.get("key"));
            properties(v, row);
            v.endOfEntity();
        });
    }

    private synchronized void dangle(String origin, String label, String id) {
        danglingCount++;
        if (dangling.size() < DANGLING_KEPT) {
            dangling.add(new DanglingReferenceException.Dangling(origin, label, id));
        }
    }

    /** The content hash and every known property, as the transactional writer's {@code SET x += row.props} stores them. */
    @SuppressWarnings("unchecked")
    private static void properties(InputEntityVisitor v, Map<String, Object> row) {
        v.property("hash", row.get("hash"));
        ((Map<String, Object>) row.get("props")).forEach((name, value) -> {
            if (value != null) {
                v.property(name, storable(value));
            }
        });
    }

    /** A row value as Cypher would store it from the driver: whole numbers as longs, lists as string arrays, points in WGS-84. */
    private static Object storable(Object value) {
        if (value instanceof String || value instanceof Double || value instanceof Long || value instanceof LocalDate
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof List<?> list) {
            return Values.stringArray(list.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (value instanceof org.neo4j.driver.types.Point p) {
            return Values.pointValue(CoordinateReferenceSystem.WGS_84, p.x(), p.y());
        }
        throw new IllegalArgumentException("no stored form for a " + value.getClass().getSimpleName() + ": " + value);
    }

    /** One of the two queues as the importer reads it: its threads take chunks (thread-safe) and build the entities outside the lock. */
    private final class Pass implements InputIterator {

        private final BlockingQueue<Object> queue;
        private final boolean nodes;

        Pass(BlockingQueue<Object> queue, boolean nodes) {
            this.queue = queue;
            this.nodes = nodes;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public boolean next(InputChunk chunk) throws IOException {
            Object item;
            try {
                item = queue.take();
                if (item == END) {
                    queue.put(END); // for the importer's other threads
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("first load interrupted", e);
            }
            if (item == END) {
                if (sourceFailure != null) {
                    throw new IOException("the input could not be read: " + sourceFailure.getMessage(), sourceFailure);
                }
                return false;
            }
            ((Chunk) chunk).load(nodes ? nodeEntities((Nodes) item) : relationshipEntities((NetworkBatch) item));
            return true;
        }

        @Override
        public void close() {
            // The feed is closed by the load, once the importer is done with both queues.
        }
    }

    private static final class Chunk implements InputChunk {
        private List<Entity> entities = List.of();
        private int next;

        void load(List<Entity> loaded) {
            entities = loaded;
            next = 0;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (next >= entities.size()) {
                return false;
            }
            entities.get(next++).visit(visitor);
            return true;
        }

        @Override
        public void close() {
            entities = List.of();
        }
    }
}
