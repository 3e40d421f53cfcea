package io.kaonet.queries.bulk;

import io.kaonet.core.model.NetworkBatch;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.Values;

/**
 * Hands the records of an emitted import to Neo4j's batch importer: one pass of the source per
 * call of {@link #nodes()} or {@link #relationships()}, run on a thread of its own that puts each
 * emitted chunk (only its nodes, or only its relationships) on a short queue; the importer's threads
 * take chunks from it and turn them into entities, with exactly the rows, properties and content
 * hashes of the transactional writer ({@link NetworkWriter#prepare}).
 *
 * <p>Every format emits all its definitions (actors, clusters, activities) before its first
 * reference (tie, membership, participation), so the node pass stops after the first chunk that
 * holds references instead of reading the rest of the input; the relationship pass reads it all
 * and refuses the load if a definition comes after a chunk of references after all.
 *
 * <p>The importer's own CSV input is not used because Kaonet's records are already validated and
 * typed: writing them out as CSV only to parse them again would cost a pass and need escaping rules
 * for lists and points.
 */
final class RecordFeed {

    /** Chunks waiting for the importer; small, so that memory stays bounded by a few chunks. */
    private static final int QUEUE_CHUNKS = 4;
    private static final Object END = new Object();

    private final FirstLoad.Source source;
    private final Groups groups = new Groups();
    private final Group actors = groups.getOrCreate("Actor");
    private final Group clusters = groups.getOrCreate("Cluster");
    private final Group activities = groups.getOrCreate("Activity");
    /** Stops the node pass once the references begin; never leaves this class. */
    private static final RuntimeException NODES_DONE = new RuntimeException("nodes done", null, false, false) {
    };

    private volatile RuntimeException sourceFailure;
    private volatile long chunks;
    /** Records of each kind the input holds (actors, ties, clusters, memberships, activities, participations), counted in the last pass. */
    private final long[] records = new long[6];

    RecordFeed(FirstLoad.Source source) {
        this.source = source;
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

    /** The records of each kind the input held, once the relationship pass is over; all of them are created by the load. */
    long[] records() {
        synchronized (records) {
            return records.clone();
        }
    }

    Groups groups() {
        return groups;
    }

    /** The failure of the source (e.g. a file changed since validation), if a pass stopped on one. */
    RuntimeException sourceFailure() {
        return sourceFailure;
    }

    /** Whether the source stopped because the node pass had all it needs (a source may wrap what its consumer throws). */
    private static boolean stoppedHere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t == NODES_DONE) {
                return true;
            }
        }
        return false;
    }

    /** How many chunks the relationship pass (which reads the whole input) emitted. */
    long chunks() {
        return chunks;
    }

    InputIterable nodes() {
        return () -> new Pass("nodes", this::nodeEntities);
    }

    InputIterable relationships() {
        return () -> new Pass("relationships", this::relationshipEntities);
    }

    private static NetworkBatch definitions(NetworkBatch b) {
        return new NetworkBatch(b.actors(), List.of(), b.clusters(), List.of(), b.activities(), List.of());
    }

    private static NetworkBatch references(NetworkBatch b) {
        return new NetworkBatch(List.of(), b.ties(), List.of(), b.memberships(), List.of(), b.participations());
    }

    /** One entity as the importer's visitor takes it. */
    private interface Entity {
        void visit(InputEntityVisitor visitor) throws IOException;
    }

    private List<Entity> nodeEntities(NetworkWriter.Prepared rows) {
        List<Entity> entities = new ArrayList<>(rows.batch().size());
        for (Map<String, Object> row : rows.clusters()) {
            entities.add(node(row, clusters, new String[] {"Cluster"}));
        }
        for (var e : rows.actors().entrySet()) {
            String[] labels = {"Actor", GraphSchema.label(e.getKey())};
            for (Map<String, Object> row : e.getValue()) {
                entities.add(node(row, actors, labels));
            }
        }
        for (Map<String, Object> row : rows.activities()) {
            entities.add(node(row, activities, new String[] {"Activity"}));
        }
        return entities;
    }

    private List<Entity> relationshipEntities(NetworkWriter.Prepared rows) {
        List<Entity> entities = new ArrayList<>(rows.batch().size());
        for (var e : rows.ties().entrySet()) {
            String type = e.getKey().name();
            for (Map<String, Object> row : e.getValue()) {
                entities.add(relationship(row, type, "source", actors, "target", actors));
            }
        }
        for (Map<String, Object> row : rows.memberships()) {
            entities.add(relationship(row, GraphSchema.MEMBER_OF, "actor", actors, "cluster", clusters));
        }
        for (Map<String, Object> row : rows.participations()) {
            entities.add(relationship(row, GraphSchema.PARTICIPATES_IN, "actor", actors, "activity", activities));
        }
        return entities;
    }

    private static Entity node(Map<String, Object> row, Group group, String[] labels) {
        return v -> {
            Object id = row.get("id");
            v.id(id, group);
            v.labels(labels);
            v.property("id", id);
            properties(v, row);
            v.endOfEntity();
        };
    }

    private static Entity relationship(Map<String, Object> row, String type, String start, Group startGroup, String end,
                                       Group endGroup) {
        return v -> {
            v.startId(row.get(start), startGroup);
            v.endId(row.get(end), endGroup);
            v.type(type);
            v.property("key", row.get("key"));
            properties(v, row);
            v.endOfEntity();
        };
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
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof List<?> list) {
            return Values.stringArray(list.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (value instanceof org.neo4j.driver.types.Point p) {
            return Values.pointValue(CoordinateReferenceSystem.WGS_84, p.x(), p.y());
        }
        if (value instanceof LocalDate || value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("no stored form for a " + value.getClass().getSimpleName() + ": " + value);
    }

    /**
     * One pass of the source: a thread runs {@code emit} and queues the chunks; the importer's
     * threads take them (thread-safe) and build the entities outside the lock.
     */
    private final class Pass implements InputIterator {

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
        private final Thread producer;
        private final Function<NetworkWriter.Prepared, List<Entity>> entities;

        Pass(String name, Function<NetworkWriter.Prepared, List<Entity>> entities) {
            this.entities = entities;
            boolean nodes = name.equals("nodes");
            this.producer = new Thread(() -> {
                boolean[] referencesBegan = {false};
                try {
                    long emitted = source.emit(batch -> {
                        NetworkBatch defined = definitions(batch);
                        NetworkBatch referring = references(batch);
                        if (nodes) {
                            put(defined);
                            if (referring.size() > 0) {
                                throw NODES_DONE;
                            }
                            return;
                        }
                        if (referencesBegan[0] && defined.size() > 0) {
                            throw new IllegalStateException("the input defines " + defined.size()
                                    + " actors, clusters or activities after ties, memberships or participations;"
                                    + " a first load needs every definition first");
                        }
                        referencesBegan[0] |= referring.size() > 0;
                        tally(batch);
                        put(referring);
                    });
                    if (!nodes) {
                        chunks = emitted;
                    }
                } catch (RuntimeException e) {
                    if (!stoppedHere(e)) {
                        sourceFailure = e;
                    }
                } finally {
                    put(END);
                }
            }, "kaonet-first-load-" + name);
            producer.setDaemon(true);
            producer.start();
        }

        private void put(Object item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("first load stopped while reading the input", e);
            }
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public boolean next(InputChunk chunk) throws IOException {
            Object item;
            try {
                synchronized (this) {
                    do {
                        item = queue.take();
                    } while (item instanceof NetworkBatch b && b.size() == 0);
                    if (item == END) {
                        queue.put(END); // for the importer's other threads
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("first load interrupted", e);
            }
            if (item == END) {
                if (sourceFailure != null) {
                    throw new IOException("the input could not be read again: " + sourceFailure.getMessage(), sourceFailure);
                }
                return false;
            }
            ((Chunk) chunk).load(entities.apply(NetworkWriter.prepare((NetworkBatch) item)));
            return true;
        }

        @Override
        public void close() {
            producer.interrupt();
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
