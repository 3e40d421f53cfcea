package io.kaonet.core.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keywords of every actor as sorted codes, compared without regard to case and surrounding
 * space, so that matches are counted by merging two short sorted arrays.
 */
final class Keywords {

    private static final int[] NONE = new int[0];

    private final int[][] technologies;
    private final int[][] offers;
    private final int[][] seeks;
    private final Map<String, Integer> codes = new HashMap<>();

    Keywords(CollaborationGraph graph) {
        int n = graph.nodeCount();
        technologies = new int[n][];
        offers = new int[n][];
        seeks = new int[n][];
        for (int u = 0; u < n; u++) {
            technologies[u] = encode(graph.technologies(u));
            offers[u] = encode(graph.offers(u));
            seeks[u] = encode(graph.seeks(u));
        }
    }

    private int[] encode(List<String> words) {
        if (words.isEmpty()) {
            return NONE;
        }
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes.computeIfAbsent(normalise(words.get(i)), w -> codes.size());
        }
        return Arrays.stream(out).distinct().sorted().toArray();
    }

    static String normalise(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }

    /** Offers of u sought by v, seeks of u offered by v, and shared technologies. */
    int matches(int u, int v) {
        return common(offers[u], seeks[v]) + common(seeks[u], offers[v]) + common(technologies[u], technologies[v]);
    }

    /** Whether u has any keyword at all (else no candidate can match it). */
    boolean any(int u) {
        return offers[u].length + seeks[u].length + technologies[u].length > 0;
    }

    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                c++;
                i++;
                j++;
            }
        }
        return c;
    }

    /** The words of {@code from} that also appear in {@code in}, in {@code from}'s order and spelling. */
    static List<String> shared(List<String> from, List<String> in) {
        List<String> normalised = in.stream().map(Keywords::normalise).toList();
        List<String> out = new ArrayList<>();
        for (String w : from) {
            if (normalised.contains(normalise(w)) && out.stream().noneMatch(x -> normalise(x).equals(normalise(w)))) {
                out.add(w);
            }
        }
        return out;
    }
}
