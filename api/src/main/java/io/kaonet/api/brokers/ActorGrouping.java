package io.kaonet.api.brokers;

import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How actors are put into groups for brokerage roles and the E–I index. Every grouping gives each
 * actor a dense code {@code 0..G-1}, or -1 when its group is unknown (no industry, region or
 * country; no cluster). An actor in several clusters is grouped by its whole set of clusters (label
 * {@code "A+B"}), so no membership is dropped or chosen arbitrarily.
 */
public enum ActorGrouping {
    /** By actor kind. */
    KIND,
    /** By sector of the industry–academia–government triple. */
    SECTOR,
    /** By industry; unknown when the actor has none. */
    INDUSTRY,
    /** By the set of clusters the actor belongs to; unknown when it belongs to none. */
    CLUSTER,
    /** By region; unknown when the actor has none. */
    REGION,
    /** By country; unknown when the actor has none. */
    COUNTRY;

    /** The groups of every node of a memo's graph, computed once per projection. */
    public Groups on(ProjectionMemo memo) {
        return memo.get(new GroupsKey(this), (g, run) -> of(g));
    }

    /** The groups of one grouping. */
    private record GroupsKey(ActorGrouping grouping) implements AnalysisKey<Groups> {
    }

    /** The groups of every node of a graph. */
    public Groups of(CollaborationGraph graph) {
        int n = graph.nodeCount();
        int[] code = new int[n];
        List<String> labels = new ArrayList<>();
        switch (this) {
            case KIND -> {
                Map<String, Integer> dense = new HashMap<>();
                for (int u = 0; u < n; u++) {
                    code[u] = dense.computeIfAbsent(graph.kind(u).name(), k -> add(labels, k));
                }
            }
            case SECTOR -> {
                Map<String, Integer> dense = new HashMap<>();
                for (int u = 0; u < n; u++) {
                    code[u] = dense.computeIfAbsent(graph.kind(u).sector().name(), k -> add(labels, k));
                }
            }
            case INDUSTRY -> {
                labels.addAll(graph.industries());
                for (int u = 0; u < n; u++) {
                    code[u] = graph.industryCode(u);
                }
            }
            case REGION, COUNTRY -> {
                Map<String, Integer> dense = new HashMap<>();
                for (int u = 0; u < n; u++) {
                    String place = this == REGION ? graph.region(u) : graph.country(u);
                    code[u] = place == null ? -1 : dense.computeIfAbsent(place, k -> add(labels, k));
                }
            }
            case CLUSTER -> {
                Map<String, Integer> dense = new HashMap<>();
                List<String> ids = graph.clusterIds();
                for (int u = 0; u < n; u++) {
                    int[] clusters = graph.clusterCodes(u);
                    if (clusters.length == 0) {
                        code[u] = -1;
                        continue;
                    }
                    String[] names = Arrays.stream(clusters).mapToObj(ids::get).sorted().toArray(String[]::new);
                    code[u] = dense.computeIfAbsent(String.join("+", names), k -> add(labels, k));
                }
            }
            default -> throw new IllegalStateException("unhandled grouping " + this);
        }
        return new Groups(this, code, List.copyOf(labels));
    }

    private static int add(List<String> labels, String label) {
        labels.add(label);
        return labels.size() - 1;
    }

    /**
     * The groups of a graph's nodes.
     *
     * @param grouping how they were formed
     * @param codes    the dense group code of each node, -1 when unknown
     * @param labels   the label of each code
     */
    public record Groups(ActorGrouping grouping, int[] codes, List<String> labels) {

        /** The group code of node {@code u}, -1 when unknown. */
        public int code(int u) {
            return codes[u];
        }

        /** The label of a group code, or null for -1 (unknown). */
        public String label(int code) {
            return code < 0 ? null : labels.get(code);
        }
    }
}
