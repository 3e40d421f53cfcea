package io.kaonet.core.graph;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT {@link org.jgrapht.Graph} over a {@link CollaborationGraph}, holding no copy of
 * it: vertex {@code u} is node {@code u}, edge {@code e} is edge {@code e} (the graph's own edge
 * ids), its weight the merged tie weight. Vertex and edge sets are views computed from the
 * compressed rows; {@code edgesOf(u)} costs O(deg(u)) to walk (an edge id from a lower neighbour's
 * slot is a binary search), {@code getEdge(u, v)} O(log deg(u)), {@code getEdgeSource(e)} O(log n).
 * Written because JGraphT's own compact graphs ({@code jgrapht-opt}) copy every edge into a list of
 * triples first and bring a second fastutil; every mutator throws
 * {@link UnsupportedOperationException}.
 */
final class JGraphTView extends AbstractGraph<Integer, Integer> {

    private final Topology graph;
    private final GraphType type;

    JGraphTView(Topology graph) {
        this.graph = graph;
        DefaultGraphType simple = DefaultGraphType.simple();
        this.type = (graph.weighted() ? simple.asWeighted() : simple.asUnweighted()).asUnmodifiable();
    }

    private boolean isVertex(Object v) {
        return v instanceof Integer u && u >= 0 && u < graph.nodeCount();
    }

    private boolean isEdge(Object e) {
        return e instanceof Integer id && id >= 0 && id < graph.edgeCount();
    }

    private int vertex(Integer v) {
        if (!isVertex(v)) {
            throw new IllegalArgumentException("no such vertex in graph: " + v);
        }
        return v;
    }

    @Override
    public Set<Integer> getAllEdges(Integer source, Integer target) {
        Integer e = getEdge(source, target);
        return e == null ? Collections.emptySet() : Collections.singleton(e);
    }

    @Override
    public Integer getEdge(Integer source, Integer target) {
        if (!isVertex(source) || !isVertex(target)) {
            return null;
        }
        int slot = graph.slotOf(source, target);
        return slot < 0 ? null : graph.edgeId(source, slot);
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer source, Integer target) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer source, Integer target, Integer e) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer e) {
        return isEdge(e);
    }

    @Override
    public boolean containsVertex(Integer v) {
        return isVertex(v);
    }

    @Override
    public Set<Integer> edgeSet() {
        return new Range(graph.edgeCount());
    }

    @Override
    public int degreeOf(Integer vertex) {
        return graph.degree(vertex(vertex));
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        int u = vertex(vertex);
        return new AbstractSet<>() {
            @Override
            public Iterator<Integer> iterator() {
                return new Iterator<>() {
                    private int slot = graph.rowStart(u);

                    @Override
                    public boolean hasNext() {
                        return slot < graph.rowEnd(u);
                    }

                    @Override
                    public Integer next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return graph.edgeId(u, slot++);
                    }
                };
            }

            @Override
            public int size() {
                return graph.degree(u);
            }

            @Override
            public boolean contains(Object o) {
                return isEdge(o) && (graph.edgeLow((Integer) o) == u || graph.edgeHigh((Integer) o) == u);
            }
        };
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        return edgesOf(vertex);
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        return edgesOf(vertex);
    }

    @Override
    public Integer removeEdge(Integer source, Integer target) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw readOnly();
    }

    @Override
    public Set<Integer> vertexSet() {
        return new Range(graph.nodeCount());
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        if (!isEdge(e)) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
        return graph.edgeLow(e);
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        if (!isEdge(e)) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
        return graph.edgeHigh(e);
    }

    @Override
    public GraphType getType() {
        return type;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        if (!isEdge(e)) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
        return graph.edgeWeight(e);
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the JGraphT view of a CollaborationGraph is read-only");
    }

    /** The integers {@code 0..size-1} as a set, without storing them. */
    private static final class Range extends AbstractSet<Integer> {
        private final int size;

        Range(int size) {
            this.size = size;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Integer next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= 0 && i < size;
        }
    }
}
