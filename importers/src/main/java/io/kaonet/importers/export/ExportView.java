package io.kaonet.importers.export;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every export format writes, whatever the source: nodes with an id, a label and typed
 * attribute values; edges with ends (node indexes), a direction flag, a weight, an optional
 * validity interval and typed attribute values. Null values are left out.
 */
final class ExportView {

    enum Type { STRING, BOOLEAN, INTEGER, DOUBLE }

    record Column(String name, Type type) {
    }

    final List<Column> nodeColumns;
    final List<Column> edgeColumns;
    final String[] ids;
    final String[] labels;
    final Object[][] nodeValues;
    final int[] sources;
    final int[] targets;
    final boolean[] directed;
    final double[] weights;
    final LocalDate[] starts;
    final LocalDate[] ends;
    final Object[][] edgeValues;
    final String description;

    private ExportView(List<Column> nodeColumns, List<Column> edgeColumns, int nodes, int edges, String description) {
        this.nodeColumns = List.copyOf(nodeColumns);
        this.edgeColumns = List.copyOf(edgeColumns);
        this.ids = new String[nodes];
        this.labels = new String[nodes];
        this.nodeValues = new Object[nodes][];
        this.sources = new int[edges];
        this.targets = new int[edges];
        this.directed = new boolean[edges];
        this.weights = new double[edges];
        this.starts = new LocalDate[edges];
        this.ends = new LocalDate[edges];
        this.edgeValues = new Object[edges][];
        this.description = description;
    }

    int nodeCount() {
        return ids.length;
    }

    int edgeCount() {
        return sources.length;
    }

    boolean dated() {
        for (int e = 0; e < edgeCount(); e++) {
            if (starts[e] != null || ends[e] != null) {
                return true;
            }
        }
        return false;
    }

    boolean anyDirected() {
        for (boolean d : directed) {
            if (d) {
                return true;
            }
        }
        return false;
    }

    /**
     * A projected graph: one edge per graph edge (parallel ties already merged), directed from the
     * giver when all its ties point one way, with the earliest start of its ties.
     */
    static ExportView of(CollaborationGraph g, List<MetricColumn> metrics) {
        List<Column> nodeColumns = new ArrayList<>(List.of(new Column("kind", Type.STRING),
                new Column("sector", Type.STRING), new Column("industry", Type.STRING),
                new Column("region", Type.STRING), new Column("country", Type.STRING),
                new Column("sme", Type.BOOLEAN), new Column("clusters", Type.STRING)));
        for (MetricColumn m : metrics) {
            if (m.values().length != g.nodeCount()) {
                throw new IllegalArgumentException("metric " + m.name() + " has " + m.values().length
                        + " values, the graph " + g.nodeCount() + " nodes");
            }
            nodeColumns.add(new Column(m.name(), Type.DOUBLE));
        }
        requireDistinct(nodeColumns);
        ExportView v = new ExportView(nodeColumns, List.of(new Column("kinds", Type.STRING)),
                g.nodeCount(), g.edgeCount(), "projected collaboration graph");
        List<String> clusterIds = g.clusterIds();
        for (int u = 0; u < g.nodeCount(); u++) {
            v.ids[u] = g.id(u);
            v.labels[u] = g.name(u) == null ? g.id(u) : g.name(u);
            Object[] values = new Object[nodeColumns.size()];
            values[0] = g.kind(u).name();
            values[1] = g.kind(u).sector().name();
            values[2] = g.industry(u);
            values[3] = g.region(u);
            values[4] = g.country(u);
            values[5] = g.sme(u);
            StringBuilder clusters = new StringBuilder();
            for (int c : g.clusterCodes(u)) {
                clusters.append(clusters.length() == 0 ? "" : "|").append(clusterIds.get(c));
            }
            values[6] = clusters.length() == 0 ? null : clusters.toString();
            for (int i = 0; i < metrics.size(); i++) {
                double x = metrics.get(i).value(u);
                values[7 + i] = Double.isNaN(x) ? null : x;
            }
            v.nodeValues[u] = values;
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int low = g.edgeLow(e);
            int high = g.edgeHigh(e);
            boolean forward = g.arcLowToHigh(e);
            boolean backward = g.arcHighToLow(e);
            boolean oneWay = forward != backward;
            v.sources[e] = oneWay && backward ? high : low;
            v.targets[e] = oneWay && backward ? low : high;
            v.directed[e] = oneWay;
            v.weights[e] = g.edgeWeight(e);
            int since = g.edgeSince(e);
            v.starts[e] = since == CollaborationGraph.UNKNOWN_DAY ? null : LocalDate.ofEpochDay(since);
            v.edgeValues[e] = new Object[] {String.join("|", g.edgeKinds(e).asList().stream().map(Enum::name).toList())};
        }
        return v;
    }

    /**
     * A batch's actors and stored ties (activities are not projected): one edge per tie, directed
     * for directed kinds, with its since..until interval.
     *
     * @throws IllegalArgumentException when a tie refers to an actor the batch does not hold
     */
    static ExportView of(NetworkBatch batch) {
        List<Column> nodeColumns = List.of(new Column("kind", Type.STRING), new Column("sector", Type.STRING),
                new Column("industry", Type.STRING), new Column("region", Type.STRING), new Column("city", Type.STRING),
                new Column("country", Type.STRING), new Column("latitude", Type.DOUBLE),
                new Column("longitude", Type.DOUBLE), new Column("founded", Type.INTEGER),
                new Column("employees", Type.INTEGER), new Column("sme", Type.BOOLEAN),
                new Column("technologies", Type.STRING), new Column("offers", Type.STRING),
                new Column("seeks", Type.STRING), new Column("clusters", Type.STRING));
        List<Column> edgeColumns = List.of(new Column("kind", Type.STRING), new Column("tieId", Type.STRING),
                new Column("provenance", Type.STRING));
        ExportView v = new ExportView(nodeColumns, edgeColumns, batch.actors().size(), batch.ties().size(),
                "actors and ties");
        Map<String, Integer> index = new HashMap<>();
        Map<String, Set<String>> clusters = new LinkedHashMap<>();
        for (Membership m : batch.memberships()) {
            clusters.computeIfAbsent(m.actorId(), k -> new TreeSet<>()).add(m.clusterId());
        }
        for (int u = 0; u < batch.actors().size(); u++) {
            Actor a = batch.actors().get(u);
            if (index.putIfAbsent(a.id(), u) != null) {
                throw new IllegalArgumentException("actor " + a.id() + " occurs twice in the batch");
            }
            v.ids[u] = a.id();
            v.labels[u] = a.name();
            Set<String> memberOf = clusters.get(a.id());
            v.nodeValues[u] = new Object[] {a.kind().name(), a.kind().sector().name(), a.industry(), a.region(),
                    a.city(), a.country(), a.location() == null ? null : a.location().latitude(),
                    a.location() == null ? null : a.location().longitude(), a.founded(), a.employees(), a.sme(),
                    joined(a.technologies()), joined(a.offers()), joined(a.seeks()),
                    memberOf == null ? null : String.join("|", memberOf)};
        }
        for (int e = 0; e < batch.ties().size(); e++) {
            Tie t = batch.ties().get(e);
            v.sources[e] = end(index, t.sourceId(), t);
            v.targets[e] = end(index, t.targetId(), t);
            v.directed[e] = t.kind().directed();
            v.weights[e] = t.weight();
            v.starts[e] = t.since();
            v.ends[e] = t.until();
            v.edgeValues[e] = new Object[] {t.kind().name(), t.id(), t.source()};
        }
        return v;
    }

    private static int end(Map<String, Integer> index, String id, Tie t) {
        Integer u = index.get(id);
        if (u == null) {
            throw new IllegalArgumentException("tie " + t.key() + " refers to actor " + id + ", which the batch does not hold");
        }
        return u;
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join("|", items);
    }

    private static void requireDistinct(List<Column> columns) {
        Set<String> seen = new TreeSet<>();
        for (Column c : columns) {
            if (!seen.add(Objects.requireNonNull(c.name()))) {
                throw new IllegalArgumentException("attribute " + c.name() + " is given twice (metric names must differ from "
                        + "kind, sector, industry, region, country, sme, clusters and from each other)");
            }
        }
    }
}
