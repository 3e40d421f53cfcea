package io.kaonet.core.analysis;

/**
 * One number per node of the graph an analysis ran on (a centrality, a constraint, a count):
 * the form in which any per-actor result can be ranked or exported without knowing which analysis
 * made it. A score that is undefined for a node is {@link Double#NaN}.
 */
@FunctionalInterface
public interface NodeScores {

    /**
     * The score of node {@code u}.
     *
     * @throws IndexOutOfBoundsException if {@code u} is not a node of the graph
     */
    double score(int u);
}
