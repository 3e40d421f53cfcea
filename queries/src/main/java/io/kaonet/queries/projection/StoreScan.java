package io.kaonet.queries.projection;

import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.schema.GraphSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PartitionedScan;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipScanCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.ExecutionContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.Statement;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.values.storable.BooleanValue;
import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextArray;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * Reads every actor, every tie of the kept kinds and every membership of a store in one pass over
 * its node store and one over its relationship store, through Neo4j's kernel cursors (as Graph Data
 * Science loads a graph): a cursor per store and a property cursor are allocated once per thread
 * and moved from record to record, so no {@code Node}, {@code Relationship} or property map is made
 * per entity, and token ids are resolved once. Both stores are cut into partitions that a few
 * threads take in turn ({@link Read#allNodesScan(int, org.neo4j.io.pagecache.context.CursorContext)}
 * and its relationship twin), each thread in its own execution context of the caller's transaction,
 * so the scan sees the transaction's snapshot.
 *
 * <p>Nothing is filtered by actor here except the {@code Actor} label: ties and memberships come
 * with their ends' node references and the caller keeps those between kept actors. Each partition's
 * rows are kept apart and handed over in store order, so the result does not depend on which thread
 * read which partition.
 *
 * <p>Written here rather than taken from a library: Graph Data Science's loaders build its own graph
 * format, and Kaonet's graph needs the scope's rules applied while reading.
 */
final class StoreScan implements AutoCloseable {

    /** Below this many nodes and relationships the scan stays on the caller's thread. */
    static final long PARALLEL_FROM = 200_000;

    /** Partitions per thread: more than one, so that a thread that finishes early takes more. */
    private static final int PARTITIONS_PER_THREAD = 8;

    /** The most threads one scan takes. */
    private static final int MAX_THREADS = 4;

    /** One actor node as read. {@code founded} is null when not recorded. */
    record ActorNode(long ref, String id, String name, ActorKind kind, String industry, String region,
                     String country, Boolean sme, List<String> technologies, List<String> offers,
                     List<String> seeks, Long founded) {
    }

    /** The ties and memberships of one partition of the relationship store, by node reference. */
    static final class Links {
        long firstRelationship = Long.MAX_VALUE;
        int ties;
        long[] tieSource = new long[64];
        long[] tieTarget = new long[64];
        byte[] tieKind = new byte[64];
        double[] tieWeight = new double[64];
        /** Epoch day of the tie's start, or {@link CollaborationGraphBuilder#NO_DAY} when unknown. */
        int[] tieSince = new int[64];
        int members;
        long[] memberActor = new long[16];
        long[] memberCluster = new long[16];

        private void tie(long source, long target, TieKind kind, double weight, int since) {
            if (ties == tieSource.length) {
                int cap = ties * 2;
                tieSource = Arrays.copyOf(tieSource, cap);
                tieTarget = Arrays.copyOf(tieTarget, cap);
                tieKind = Arrays.copyOf(tieKind, cap);
                tieWeight = Arrays.copyOf(tieWeight, cap);
                tieSince = Arrays.copyOf(tieSince, cap);
            }
            tieSource[ties] = source;
            tieTarget[ties] = target;
            tieKind[ties] = (byte) kind.ordinal();
            tieWeight[ties] = weight;
            tieSince[ties++] = since;
        }

        private void member(long actor, long cluster) {
            if (members == memberActor.length) {
                memberActor = Arrays.copyOf(memberActor, members * 2);
                memberCluster = Arrays.copyOf(memberCluster, members * 2);
            }
            memberActor[members] = actor;
            memberCluster[members++] = cluster;
        }
    }

    private static final TieKind[] TIE_KINDS = TieKind.values();

    private final KernelTransaction ktx;
    private final Scope scope;
    private final int actorLabel;
    private final int memberOf;
    /** Tie kind by relationship type id, null where the type is not a kept tie kind. */
    private final TieKind[] kindByType;
    private final int id;
    private final int name;
    private final int kind;
    private final int industry;
    private final int region;
    private final int country;
    private final int sme;
    private final int technologies;
    private final int offers;
    private final int seeks;
    private final int founded;
    private final int since;
    private final int until;
    private final int weight;
    private final PropertySelection actorKeys;
    private final PropertySelection tieKeys;
    private final Statement statement;
    private final List<ExecutionContext> contexts = new ArrayList<>();
    private final ExecutorService pool;
    private PartitionedScan<NodeCursor> nodes;
    private PartitionedScan<RelationshipScanCursor> relationships;
    /** The relationship scan under way on the pool, once the nodes are read. */
    private List<Future<List<Links>>> links;

    private StoreScan(KernelTransaction ktx, Scope scope, Map<String, TieKind> keptTypes, int wanted) {
        this.ktx = ktx;
        this.scope = scope;
        TokenRead tokens = ktx.tokenRead();
        actorLabel = tokens.nodeLabel("Actor");
        memberOf = tokens.relationshipType(GraphSchema.MEMBER_OF);
        int highest = memberOf;
        for (String type : keptTypes.keySet()) {
            highest = Math.max(highest, tokens.relationshipType(type));
        }
        kindByType = new TieKind[Math.max(0, highest) + 1];
        keptTypes.forEach((type, k) -> {
            int t = tokens.relationshipType(type);
            if (t != TokenConstants.NO_TOKEN) {
                kindByType[t] = k;
            }
        });
        id = tokens.propertyKey("id");
        name = tokens.propertyKey("name");
        kind = tokens.propertyKey("kind");
        industry = tokens.propertyKey("industry");
        region = tokens.propertyKey("region");
        country = tokens.propertyKey("country");
        sme = tokens.propertyKey("sme");
        technologies = tokens.propertyKey("technologies");
        offers = tokens.propertyKey("offers");
        seeks = tokens.propertyKey("seeks");
        founded = tokens.propertyKey("founded");
        since = tokens.propertyKey("since");
        until = tokens.propertyKey("until");
        weight = tokens.propertyKey("weight");
        actorKeys = selection(id, name, kind, industry, region, country, sme, technologies, offers, seeks, founded);
        tieKeys = selection(since, until, weight);
        if (actorLabel == TokenConstants.NO_TOKEN) {
            statement = null;
            pool = null;
            return;
        }
        // The kernel's operations run inside a statement of the transaction; the threads' execution
        // contexts are made, and closed, while it is held.
        statement = ktx.acquireStatement();
        try {
            Read read = ktx.dataRead();
            int threads = wanted > 0 ? wanted
                    : read.nodesGetCount() + read.relationshipsGetCount() < PARALLEL_FROM ? 1
                    : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
            int partitions = threads == 1 ? 1 : threads * PARTITIONS_PER_THREAD;
            nodes = read.allNodesScan(partitions, ktx.cursorContext());
            relationships = read.allRelationshipsScan(partitions, ktx.cursorContext());
            for (int i = 0; i < threads; i++) {
                contexts.add(ktx.createExecutionContext());
            }
            pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "kaonet-store-scan");
                t.setDaemon(true);
                return t;
            });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts a scan of the store in {@code ktx}'s snapshot on {@code threads} threads, or with 0 on
     * one thread for a small store and one per core (up to {@link #MAX_THREADS}) for a large one:
     * {@link #actors()} then gives every node labelled {@code Actor}, and {@link #links()} every
     * relationship of a type in {@code keptTypes} and every {@code MEMBER_OF} whose dates overlap the
     * scope's. Close it when done (it holds a statement of the transaction and the threads).
     */
    static StoreScan start(KernelTransaction ktx, Scope scope, Map<String, TieKind> keptTypes, int threads) {
        return new StoreScan(ktx, scope, keptTypes, threads);
    }

    /**
     * The actor nodes, in no particular order, read on all the scan's threads; when they are read
     * the threads go on to the relationship store while the caller works on the actors (the
     * caller's transaction must not be used meanwhile).
     */
    List<ActorNode> actors() {
        List<List<ActorNode>> parts = new ArrayList<>();
        if (nodes != null) {
            parts = everywhere(context -> nodes(context));
            nodes = null;
            if (pool != null) {
                links = submit(this::links);
            }
        }
        List<ActorNode> actors = new ArrayList<>();
        parts.forEach(actors::addAll);
        return actors;
    }

    /** The ties and memberships, by partition in store order; call after {@link #actors()}. */
    List<Links> links() {
        List<List<Links>> parts;
        if (links != null) {
            parts = join(links);
        } else if (relationships != null) {
            parts = List.of(links(contexts.get(0)));
        } else {
            parts = List.of();
        }
        relationships = null;
        links = null;
        List<Links> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.sort(Comparator.comparingLong(l -> l.firstRelationship));
        return all;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        contexts.forEach(ExecutionContext::close);
        if (statement != null) {
            statement.close();
        }
    }

    /** Runs {@code work} once in each execution context (on the pool's threads, or here with one) and waits. */
    private <T> List<T> everywhere(Function<ExecutionContext, T> work) {
        if (pool == null) {
            return List.of(work.apply(contexts.get(0)));
        }
        return join(submit(work));
    }

    private <T> List<Future<T>> submit(Function<ExecutionContext, T> work) {
        List<Future<T>> futures = new ArrayList<>();
        for (ExecutionContext context : contexts) {
            futures.add(pool.submit(() -> work.apply(context)));
        }
        return futures;
    }

    private static <T> List<T> join(List<Future<T>> futures) {
        List<T> out = new ArrayList<>();
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the store scan was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the store scan failed", e.getCause());
        }
        return out;
    }

    /** One thread's share of the node store: partitions until none is left. */
    private List<ActorNode> nodes(ExecutionContext context) {
        List<ActorNode> actors = new ArrayList<>();
        try (NodeCursor node = context.cursors().allocateNodeCursor(context.cursorContext(), context.memoryTracker());
             PropertyCursor properties = context.cursors().allocatePropertyCursor(context.cursorContext(),
                     context.memoryTracker())) {
            while (nodes.reservePartition(node, context)) {
                while (node.next()) {
                    if (node.hasLabel(actorLabel)) {
                        node.properties(properties, actorKeys);
                        ActorNode a = actor(node.nodeReference(), properties);
                        if (a != null) {
                            actors.add(a);
                        }
                    }
                }
            }
        }
        return actors;
    }

    /** One thread's share of the relationship store: partitions until none is left, each kept apart. */
    private List<Links> links(ExecutionContext context) {
        List<Links> parts = new ArrayList<>();
        try (RelationshipScanCursor relationship = context.cursors().allocateRelationshipScanCursor(
                     context.cursorContext(), context.memoryTracker());
             PropertyCursor properties = context.cursors().allocatePropertyCursor(context.cursorContext(),
                     context.memoryTracker())) {
            while (relationships.reservePartition(relationship, context)) {
                Links part = new Links();
                parts.add(part);
                while (relationship.next()) {
                    part.firstRelationship = Math.min(part.firstRelationship, relationship.relationshipReference());
                    link(relationship, properties, part);
                }
            }
        }
        context.complete();
        return parts;
    }

    /** The actor under the cursor, or null when it has no id or no known kind (as the Cypher read drops it). */
    private ActorNode actor(long ref, PropertyCursor p) {
        String actorId = null;
        String actorName = null;
        ActorKind actorKind = null;
        String industryName = null;
        String regionName = null;
        String countryCode = null;
        Boolean isSme = null;
        List<String> tech = List.of();
        List<String> offered = List.of();
        List<String> sought = List.of();
        Long foundedYear = null;
        while (p.next()) {
            int key = p.propertyKey();
            Value v = p.propertyValue();
            if (key == id) {
                actorId = text(v);
            } else if (key == name) {
                actorName = text(v);
            } else if (key == kind) {
                String k = text(v);
                actorKind = k == null ? null : ActorKind.valueOf(k);
            } else if (key == industry) {
                industryName = text(v);
            } else if (key == region) {
                regionName = text(v);
            } else if (key == country) {
                countryCode = text(v);
            } else if (key == sme) {
                isSme = v instanceof BooleanValue b ? b.booleanValue() : null;
            } else if (key == technologies) {
                tech = texts(v);
            } else if (key == offers) {
                offered = texts(v);
            } else if (key == seeks) {
                sought = texts(v);
            } else if (key == founded) {
                foundedYear = v instanceof NumberValue n ? n.longValue() : null;
            }
        }
        if (actorId == null || actorKind == null) {
            return null;
        }
        return new ActorNode(ref, actorId, actorName, actorKind, industryName, regionName, countryCode, isSme, tech,
                offered, sought, foundedYear);
    }

    /** Keeps the relationship under the cursor if it is a tie of a kept kind or a membership, in the scope's dates. */
    private void link(RelationshipScanCursor r, PropertyCursor p, Links part) {
        int type = r.type();
        TieKind tieKind = type < kindByType.length ? kindByType[type] : null;
        if (tieKind == null && type != memberOf) {
            return;
        }
        r.properties(p, tieKeys);
        LocalDate from = null;
        LocalDate to = null;
        double w = 1.0;
        while (p.next()) {
            int key = p.propertyKey();
            Value v = p.propertyValue();
            if (key == since) {
                from = v instanceof DateValue d ? (LocalDate) d.asObjectCopy() : null;
            } else if (key == until) {
                to = v instanceof DateValue d ? (LocalDate) d.asObjectCopy() : null;
            } else if (key == weight && v instanceof NumberValue n) {
                w = n.doubleValue();
            }
        }
        if (!scope.overlaps(from, to)) {
            return;
        }
        if (tieKind != null) {
            part.tie(r.sourceNodeReference(), r.targetNodeReference(), tieKind, w,
                    from == null ? CollaborationGraphBuilder.NO_DAY : (int) from.toEpochDay());
        } else {
            part.member(r.sourceNodeReference(), r.targetNodeReference());
        }
    }

    /** The tie kind of a tie read, by the ordinal {@link Links} keeps. */
    static TieKind tieKind(byte ordinal) {
        return TIE_KINDS[ordinal];
    }

    private static PropertySelection selection(int... keys) {
        int[] known = Arrays.stream(keys).filter(k -> k != TokenConstants.NO_TOKEN).toArray();
        return known.length == 0 ? PropertySelection.NO_PROPERTIES : PropertySelection.selection(known);
    }

    private static String text(Value v) {
        return v instanceof TextValue t ? t.stringValue() : null;
    }

    private static List<String> texts(Value v) {
        if (v instanceof TextArray a) {
            String[] out = new String[a.intSize()];
            for (int i = 0; i < out.length; i++) {
                out[i] = a.stringValue(i);
            }
            return List.of(out);
        }
        return List.of();
    }
}
