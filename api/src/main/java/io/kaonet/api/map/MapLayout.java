package io.kaonet.api.map;

import io.kaonet.core.cohesion.Components;
import io.kaonet.core.cohesion.ComponentsResult;
import io.kaonet.core.graph.CollaborationGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic layout for the map that keeps each cluster in a region of its own.
 *
 * <ol>
 *   <li>Every actor of the largest component gets a home: the cluster it belongs to in which it has the most
 *       neighbours (the first such cluster on a tie), or a group of its own for actors outside every
 *       cluster.</li>
 *   <li>Each home is laid out alone by Fruchterman–Reingold (1991) over the ties inside it: exact
 *       repulsion up to {@link #EXACT_REPULSION_LIMIT} actors, grid-limited repulsion above.</li>
 *   <li>The homes, as discs of the size their layout took, are placed by a small force simulation:
 *       discs repel until they no longer overlap, and the ties between two homes pull them together,
 *       so partner clusters sit side by side.</li>
 *   <li>Actors outside the largest component (the small groups first, then the actors without a
 *       tie) are set out on a grid to the right of the drawing, by cluster and id, where a
 *       coordinator can count them.</li>
 * </ol>
 *
 * <p>Ties between homes become the long lines of the drawing: the inter-cluster links stay visible
 * instead of knotting the clusters together. Time O(Σ iterations · (h² + m_h)) over homes h of at
 * most {@link #EXACT_REPULSION_LIMIT} actors (linear per iteration above), memory O(n). The same
 * graph always gets the same positions: the seed is fixed and the work is sequential.
 */
final class MapLayout {

    /** The width of the box every position lies in: landscape, like the screens the map is read on. */
    static final double WIDTH = 1600;
    /** The height of that box. */
    static final double HEIGHT = 1000;
    /** Force iterations per home. */
    static final int ITERATIONS = 300;
    /** Homes up to this size get exact repulsion; larger ones repel within a grid of cells. */
    static final int EXACT_REPULSION_LIMIT = 1500;
    private static final long SEED = 20010401L;
    /** The ideal tie length inside a home, in the layout's own units. */
    private static final double K = 10;
    private static final double GRAVITY = 0.15;
    private static final double MARGIN = 20;
    /** The largest gap between two actors set out on the side grid. */
    private static final double GRID_SPACING = 30;

    /** Positions indexed by node. */
    record Positions(double[] x, double[] y, double width, double height) {
    }

    private MapLayout() {
    }

    static Positions compute(CollaborationGraph g) {
        int n = g.nodeCount();
        double[] x = new double[n];
        double[] y = new double[n];
        ComponentsResult components = new Components(g).compute();
        List<Integer> main = new ArrayList<>();
        List<Integer> untied = new ArrayList<>();
        List<List<Integer>> small = new ArrayList<>();
        List<Integer> smallIndex = new ArrayList<>(Collections.nCopies(components.count(), -1));
        for (int u = 0; u < n; u++) {
            if (g.degree(u) == 0) {
                untied.add(u);
            } else if (components.inGiant(u)) {
                main.add(u);
            } else {
                int c = components.componentOf(u);
                if (smallIndex.get(c) < 0) {
                    smallIndex.set(c, small.size());
                    small.add(new ArrayList<>());
                }
                small.get(smallIndex.get(c)).add(u);
            }
        }
        Comparator<Integer> byClusterThenId = Comparator.comparingInt((Integer u) -> firstCluster(g, u))
                .thenComparing(g::id);
        untied.sort(byClusterThenId);
        small.forEach(members -> members.sort(byClusterThenId));
        small.sort(Comparator.comparing((List<Integer> members) -> members.get(0), byClusterThenId));
        List<Integer> banded = new ArrayList<>();
        small.forEach(members -> {
            banded.addAll(members);
            banded.add(-1); // a gap between two groups
        });
        banded.addAll(untied);
        // The main component takes a square on the left; the rest goes on a grid to its right.
        double mainRight = banded.isEmpty() ? WIDTH : HEIGHT;
        if (!main.isEmpty()) {
            int[] home = homes(g);
            int homeCount = g.clusterIds().size() + 1;
            List<List<Integer>> members = new ArrayList<>();
            for (int h = 0; h < homeCount; h++) {
                members.add(new ArrayList<>());
            }
            for (int u : main) {
                members.get(home[u]).add(u);
            }
            double[] radius = new double[homeCount];
            for (int h = 0; h < homeCount; h++) {
                radius[h] = layOutHome(g, members.get(h), home, x, y, h);
            }
            double[][] centres = placeHomes(g, home, members, radius);
            for (int u : main) {
                x[u] += centres[home[u]][0];
                y[u] += centres[home[u]][1];
            }
            fit(main, x, y, MARGIN, MARGIN, mainRight - MARGIN, HEIGHT - MARGIN);
        }
        if (!banded.isEmpty()) {
            grid(banded, x, y, main.isEmpty() ? MARGIN : mainRight + MARGIN);
        }
        return new Positions(x, y, WIDTH, HEIGHT);
    }

    /**
     * Each node's home: the cluster code of its memberships in which it has the most neighbours;
     * for a node with no neighbour in any of its clusters, the home most of its neighbours have; the
     * cluster count (the group outside every cluster) for nodes in no cluster.
     */
    private static int[] homes(CollaborationGraph g) {
        int clusters = g.clusterIds().size();
        int n = g.nodeCount();
        int[] home = new int[n];
        boolean[] settled = new boolean[n];
        for (int u = 0; u < n; u++) {
            int[] codes = g.clusterCodes(u);
            home[u] = codes.length == 0 ? clusters : codes[0];
            settled[u] = codes.length == 0;
            int bestCount = 0;
            for (int c : codes) {
                int count = 0;
                for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                    if (g.memberOf(g.neighbour(s), c)) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    home[u] = c;
                    bestCount = count;
                    settled[u] = true;
                }
            }
        }
        int[] votes = new int[clusters + 1];
        for (int u = 0; u < n; u++) {
            if (settled[u] || g.degree(u) == 0) {
                continue;
            }
            Arrays.fill(votes, 0);
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                votes[home[g.neighbour(s)]]++;
            }
            int best = home[u];
            for (int h = 0; h <= clusters; h++) {
                if (votes[h] > votes[best]) {
                    best = h;
                }
            }
            home[u] = best;
        }
        return home;
    }

    /** Lays out one home around the origin and returns the radius it took. */
    private static double layOutHome(CollaborationGraph g, List<Integer> nodes, int[] home, double[] x, double[] y,
                                     int h) {
        int count = nodes.size();
        if (count == 0) {
            return 0;
        }
        if (count == 1) {
            x[nodes.get(0)] = 0;
            y[nodes.get(0)] = 0;
            return K;
        }
        SplittableRandom random = new SplittableRandom(SEED + h);
        double side = K * Math.sqrt(count);
        int[] order = nodes.stream().mapToInt(Integer::intValue).toArray();
        for (int u : order) {
            x[u] = (random.nextDouble() - 0.5) * side;
            y[u] = (random.nextDouble() - 0.5) * side;
        }
        double[] dx = new double[x.length];
        double[] dy = new double[x.length];
        for (int it = 0; it < ITERATIONS; it++) {
            double temperature = side * 0.1 * (1.0 - (double) it / ITERATIONS) + K * 0.01;
            for (int u : order) {
                dx[u] = -GRAVITY * x[u];
                dy[u] = -GRAVITY * y[u];
            }
            if (count <= EXACT_REPULSION_LIMIT) {
                repelExactly(order, x, y, dx, dy);
            } else {
                repelInGrid(order, x, y, dx, dy, 2 * K);
            }
            for (int u : order) {
                for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                    int v = g.neighbour(s);
                    if (v <= u || home[v] != h) {
                        continue;
                    }
                    double ex = x[u] - x[v];
                    double ey = y[u] - y[v];
                    double f = Math.sqrt(ex * ex + ey * ey) / K; // force d²/K over d for the unit vector
                    dx[u] -= ex * f;
                    dy[u] -= ey * f;
                    dx[v] += ex * f;
                    dy[v] += ey * f;
                }
            }
            for (int u : order) {
                double d = Math.sqrt(dx[u] * dx[u] + dy[u] * dy[u]);
                if (d > 1e-12) {
                    double step = Math.min(d, temperature) / d;
                    x[u] += dx[u] * step;
                    y[u] += dy[u] * step;
                }
            }
        }
        double cx = 0;
        double cy = 0;
        for (int u : order) {
            cx += x[u];
            cy += y[u];
        }
        cx /= count;
        cy /= count;
        double[] distances = new double[count];
        for (int i = 0; i < count; i++) {
            int u = order[i];
            x[u] -= cx;
            y[u] -= cy;
            distances[i] = Math.hypot(x[u], y[u]);
        }
        // The disc that holds most of the home: a few stragglers may reach into the gap between homes.
        Arrays.sort(distances);
        return distances[(int) Math.floor(0.9 * (count - 1))] + K;
    }

    /** Repulsion K²/d between every two nodes. */
    private static void repelExactly(int[] order, double[] x, double[] y, double[] dx, double[] dy) {
        double k2 = K * K;
        for (int i = 0; i < order.length; i++) {
            int u = order[i];
            for (int j = i + 1; j < order.length; j++) {
                int v = order[j];
                double ex = x[u] - x[v];
                double ey = y[u] - y[v];
                double d2 = ex * ex + ey * ey;
                if (d2 < 1e-12) {
                    ex = 0.01; // coincident: push apart along a fixed direction
                    ey = 0;
                    d2 = 1e-4;
                }
                double f = k2 / d2; // force K²/d over d for the unit vector
                dx[u] += ex * f;
                dy[u] += ey * f;
                dx[v] -= ex * f;
                dy[v] -= ey * f;
            }
        }
    }

    /** Repulsion K²/d between nodes closer than {@code cell}, found through a grid of that cell size. */
    private static void repelInGrid(int[] order, double[] x, double[] y, double[] dx, double[] dy, double cell) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int u : order) {
            minX = Math.min(minX, x[u]);
            minY = Math.min(minY, y[u]);
            maxX = Math.max(maxX, x[u]);
            maxY = Math.max(maxY, y[u]);
        }
        int cols = (int) Math.min(2048, (maxX - minX) / cell) + 1;
        int rows = (int) Math.min(2048, (maxY - minY) / cell) + 1;
        int[] head = new int[cols * rows];
        Arrays.fill(head, -1);
        int[] next = new int[x.length];
        int[] cellOf = new int[x.length];
        for (int u : order) {
            int cx = Math.min(cols - 1, (int) ((x[u] - minX) / cell));
            int cy = Math.min(rows - 1, (int) ((y[u] - minY) / cell));
            cellOf[u] = cy * cols + cx;
            next[u] = head[cellOf[u]];
            head[cellOf[u]] = u;
        }
        double k2 = K * K;
        for (int u : order) {
            int cx = cellOf[u] % cols;
            int cy = cellOf[u] / cols;
            for (int gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
                for (int gx = Math.max(0, cx - 1); gx <= Math.min(cols - 1, cx + 1); gx++) {
                    for (int v = head[gy * cols + gx]; v >= 0; v = next[v]) {
                        if (v == u) {
                            continue;
                        }
                        double ex = x[u] - x[v];
                        double ey = y[u] - y[v];
                        double d2 = ex * ex + ey * ey;
                        if (d2 < 1e-12) {
                            ex = u < v ? 0.01 : -0.01;
                            ey = 0;
                            d2 = 1e-4;
                        }
                        if (d2 < cell * cell) {
                            double f = k2 / d2;
                            dx[u] += ex * f;
                            dy[u] += ey * f;
                        }
                    }
                }
            }
        }
    }

    /**
     * Centres for the homes: discs start on a circle, repel while they overlap, and are pulled
     * together in proportion to the logarithm of the ties between them.
     */
    private static double[][] placeHomes(CollaborationGraph g, int[] home, List<List<Integer>> members,
                                         double[] radius) {
        int homes = radius.length;
        double[][] links = new double[homes][homes];
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int s = g.rowStart(u); s < g.rowEnd(u); s++) {
                int v = g.neighbour(s);
                if (v > u && home[u] != home[v]) {
                    links[home[u]][home[v]]++;
                    links[home[v]][home[u]]++;
                }
            }
        }
        double[][] c = new double[homes][2];
        double total = 0;
        for (double r : radius) {
            total += r;
        }
        // Largest homes first around the circle; the group outside every cluster starts in the middle.
        Integer[] bySize = new Integer[homes];
        for (int h = 0; h < homes; h++) {
            bySize[h] = h;
        }
        Arrays.sort(bySize, Comparator.comparingInt((Integer h) -> -members.get(h).size()).thenComparingInt(h -> h));
        int placed = 0;
        for (int h : bySize) {
            if (members.get(h).isEmpty() || h == homes - 1) {
                continue;
            }
            double angle = 2 * Math.PI * placed++ / Math.max(1, homes - 1);
            c[h][0] = Math.cos(angle) * total / Math.PI;
            c[h][1] = Math.sin(angle) * total / Math.PI;
        }
        double gap = 2 * K;
        for (int it = 0; it < 600; it++) {
            double[][] f = new double[homes][2];
            for (int a = 0; a < homes; a++) {
                if (members.get(a).isEmpty()) {
                    continue;
                }
                f[a][0] -= 0.01 * c[a][0];
                f[a][1] -= 0.01 * c[a][1];
                for (int b = a + 1; b < homes; b++) {
                    if (members.get(b).isEmpty()) {
                        continue;
                    }
                    double ex = c[a][0] - c[b][0];
                    double ey = c[a][1] - c[b][1];
                    double d = Math.max(1e-6, Math.hypot(ex, ey));
                    double wanted = radius[a] + radius[b] + gap;
                    double push = d < wanted ? (wanted - d) * 0.5 : 0;
                    double pull = links[a][b] > 0 ? 0.02 * Math.log1p(links[a][b]) * Math.max(0, d - wanted) : 0;
                    double along = (push - pull) / d;
                    f[a][0] += ex * along;
                    f[a][1] += ey * along;
                    f[b][0] -= ex * along;
                    f[b][1] -= ey * along;
                }
            }
            for (int h = 0; h < homes; h++) {
                c[h][0] += f[h][0];
                c[h][1] += f[h][1];
            }
        }
        return c;
    }

    /** Scales the nodes uniformly into the box, centred. */
    private static void fit(List<Integer> nodes, double[] x, double[] y, double left, double top, double right,
                            double bottom) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int u : nodes) {
            minX = Math.min(minX, x[u]);
            minY = Math.min(minY, y[u]);
            maxX = Math.max(maxX, x[u]);
            maxY = Math.max(maxY, y[u]);
        }
        double w = Math.max(maxX - minX, 1e-9);
        double h = Math.max(maxY - minY, 1e-9);
        double scale = Math.min((right - left) / w, (bottom - top) / h);
        double offX = left + ((right - left) - w * scale) / 2;
        double offY = top + ((bottom - top) - h * scale) / 2;
        for (int u : nodes) {
            x[u] = offX + (x[u] - minX) * scale;
            y[u] = offY + (y[u] - minY) * scale;
        }
    }

    /**
     * Sets the nodes out in rows, in order, in the box from {@code left} to the right edge; -1 leaves
     * a cell empty. The spacing is the largest, up to {@link #GRID_SPACING}, that fits them all.
     */
    private static void grid(List<Integer> nodes, double[] x, double[] y, double left) {
        double width = WIDTH - MARGIN - left;
        double height = HEIGHT - 2 * MARGIN;
        double spacing = Math.min(GRID_SPACING, Math.sqrt(width * height / nodes.size()));
        int perRow = Math.max(1, (int) (width / spacing) + 1);
        while ((long) Math.ceil((double) nodes.size() / perRow) > (long) (height / spacing) + 1) {
            spacing *= 0.95; // the square-root estimate rounds rows and columns down; shrink until all fit
            perRow = Math.max(1, (int) (width / spacing) + 1);
        }
        for (int i = 0; i < nodes.size(); i++) {
            int u = nodes.get(i);
            if (u >= 0) {
                x[u] = left + (i % perRow) * spacing;
                y[u] = MARGIN + (i / perRow) * spacing;
            }
        }
    }

    private static int firstCluster(CollaborationGraph g, int u) {
        int[] codes = g.clusterCodes(u);
        return codes.length == 0 ? Integer.MAX_VALUE : codes[0];
    }
}
