#!/usr/bin/python3
"""The peers' side of the Kaonet benchmark: igraph, graph-tool or NetworkX on the harness's edge-list file.

usage: peers.py igraph|graph-tool|networkx GRAPH FILE RESULTS BUDGET_SECONDS WORK[,WORK...] [SKIP=REASON ...]

Appends one tab-separated line per work to RESULTS (graph, work, tool, wall seconds, CPU seconds,
status, note), as the Java side does. A measurement is the median of up to 3 runs, repeated only while a run takes
under 10 s. NetworkX work is stopped once it has run BUDGET_SECONDS (SIGALRM; igraph's C code cannot
be interrupted, so igraph gets no budget; nor does graph-tool's C++). Works given as SKIP=REASON, and
works the tool has no function for, are recorded as skipped. graph-tool runs its OpenMP-parallel
algorithms on OMP_NUM_THREADS threads (bench/run.sh sets Kaonet's thread count).
"""
import heapq
import math
import signal
import sys
import time

MAX_RUNS = 3
REPEAT_BELOW = 10.0
ACTORS = 1000
TOP_PAIRS = 100
PIVOT_SEED = 7


class OverBudget(Exception):
    pass


def read_edges(path):
    with open(path) as f:
        header = f.readline().split()
        n = int(header[2])
        edges = [(int(a), int(b)) for a, b in (line.split() for line in f)]
    return n, edges


def timed(work, budget):
    """(wall, cpu) of the median run of up to MAX_RUNS, the last value, the run count."""
    times = []
    value = None
    for _ in range(MAX_RUNS):
        if budget:
            signal.alarm(int(budget))
        start = time.perf_counter()
        cpu = time.process_time()
        try:
            value = work()
        finally:
            signal.alarm(0)
        times.append((time.perf_counter() - start, time.process_time() - cpu))
        if times[-1][0] >= REPEAT_BELOW:
            break
    times.sort()
    return times[len(times) // 2], value, len(times)


def actors(n):
    return [i * n // ACTORS for i in range(ACTORS)]


def igraph_works(n, edges):
    import igraph as ig
    ig.set_random_number_generator(__import__("random").Random(42))
    g = ig.Graph(n=n, edges=edges, directed=False)

    def clustering():
        local = g.transitivity_local_undirected(mode="zero")
        return sum(local) / n, g.transitivity_undirected()

    def aa_candidates():
        # igraph's Adamic-Adar is similarity_inverse_log_weighted: dense rows against every node.
        count = 0
        ids = actors(n)
        for i in range(0, len(ids), 20):
            chunk = ids[i:i + 20]
            rows = g.similarity_inverse_log_weighted(vertices=chunk, mode="all")
            for u, row in zip(chunk, rows):
                tied = set(g.neighbors(u))
                best = heapq.nlargest(10, ((s, v) for v, s in enumerate(row) if s > 0 and v != u and v not in tied))
                count += len(best)
        return count

    def aa_top():
        heap = []
        for start in range(0, n, 100):
            chunk = list(range(start, min(n, start + 100)))
            rows = g.similarity_inverse_log_weighted(vertices=chunk, mode="all")
            for u, row in zip(chunk, rows):
                tied = set(g.neighbors(u))
                for v in range(u + 1, n):
                    s = row[v]
                    if s > 0 and v not in tied:
                        if len(heap) < TOP_PAIRS:
                            heapq.heappush(heap, (s, -u, -v))
                        elif s > heap[0][0]:
                            heapq.heapreplace(heap, (s, -u, -v))
        best = max(heap)
        return "best %d-%d %.6f" % (-best[1], -best[2], best[0])

    def louvain():
        c = g.community_multilevel()
        return "modularity %.6f, %d communities" % (c.modularity, len(c))

    return {
        "components": lambda: "%d components" % len(g.connected_components()),
        "bridges": lambda: "%d bridges, %d articulation points (two calls)" % (
            len(g.bridges()), len(g.articulation_points())),
        "kcore": lambda: "max core %d" % max(g.coreness()),
        "clustering": lambda: "local + average %.6f + transitivity %.6f (two calls)" % clustering(),
        "constraint": lambda: "constraint only; sum %.6f" % sum(c for c in g.constraint() if not math.isnan(c)),
        "aa-candidates": lambda: "top 10 candidates of %d actors (%d listed) from dense similarity rows" % (
            ACTORS, aa_candidates()),
        "aa-top": lambda: "top %d pairs from dense similarity rows, %s" % (TOP_PAIRS, aa_top()),
        "louvain": lambda: "community_multilevel; " + louvain(),
        "betweenness": lambda: "exact, 1 thread (igraph is single-threaded); max %.6e" % max(
            g.betweenness(directed=False)),
    }


def graphtool_works(n, edges):
    import numpy as np
    import graph_tool.all as gt
    g = gt.Graph(directed=False)
    g.add_vertex(n)
    g.add_edge_list(np.array(edges, dtype=np.int64))

    def bridges():
        # Biconnected components of one edge are the bridges.
        _, art, sizes = gt.label_biconnected_components(g)
        return int((np.asarray(sizes) == 1).sum()), int(art.a.sum())

    def clustering():
        local = gt.local_clustering(g).a
        return float(local.sum()) / n, gt.global_clustering(g)[0]

    threads = gt.openmp_get_num_threads() if gt.openmp_enabled() else 1
    return {
        "components": lambda: "%d components" % len(gt.label_components(g)[1]),
        "bridges": lambda: "%d bridges, %d articulation points (biconnected components)" % bridges(),
        "kcore": lambda: "max core %d" % int(gt.kcore_decomposition(g).a.max()),
        "clustering": lambda: "local + average %.6f + transitivity %.6f (two calls, %d threads)" % (
            clustering() + (threads,)),
        "betweenness": lambda: "exact, %d threads; max %.6e" % (threads, float(gt.betweenness(g, norm=False)[0].a.max())),
    }


def networkx_works(n, edges):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)

    def clustering():
        local = nx.clustering(g)
        return sum(local.values()) / n, nx.transitivity(g)

    def two_hop(u):
        tied = set(g[u])
        seen = set()
        for w in g[u]:
            for v in g[w]:
                if v != u and v not in tied:
                    seen.add(v)
        return [(u, v) for v in seen]

    def aa_candidates():
        count = 0
        for u in actors(n):
            scores = nx.adamic_adar_index(g, two_hop(u))
            count += len(heapq.nlargest(10, scores, key=lambda t: t[2]))
        return count

    def aa_top():
        pairs = []
        for u in g:
            pairs.extend((a, b) for a, b in two_hop(u) if a < b)
        best = heapq.nlargest(TOP_PAIRS, nx.adamic_adar_index(g, pairs), key=lambda t: t[2])
        return "best %d-%d %.6f" % best[0]

    def louvain():
        parts = nx.community.louvain_communities(g, seed=42)
        return "modularity %.6f, %d communities" % (nx.community.modularity(g, parts), len(parts))

    def sampled(k):
        def run():
            b = nx.betweenness_centrality(g, k=k, seed=PIVOT_SEED, normalized=False)
            return "%d pivots, max %.6e" % (k, max(b.values()))
        return run

    return {
        "components": lambda: "%d components" % nx.number_connected_components(g),
        "bridges": lambda: "%d bridges, %d articulation points (two calls)" % (
            sum(1 for _ in nx.bridges(g)), sum(1 for _ in nx.articulation_points(g))),
        "kcore": lambda: "max core %d" % max(nx.core_number(g).values()),
        "clustering": lambda: "local + average %.6f + transitivity %.6f (two calls)" % clustering(),
        "constraint": lambda: "constraint only; sum %.6f" % sum(
            c for c in nx.constraint(g).values() if not math.isnan(c)),
        "aa-candidates": lambda: "top 10 candidates of %d actors (%d listed)" % (ACTORS, aa_candidates()),
        "aa-top": lambda: "top %d pairs over all two-step pairs, %s" % (TOP_PAIRS, aa_top()),
        "louvain": lambda: "louvain_communities; " + louvain(),
        "betweenness": lambda: "exact; max %.6e" % max(
            nx.betweenness_centrality(g, normalized=False).values()),
        "sampled": sampled,
    }


def main():
    tool, graph, path, results, budget, works = sys.argv[1:7]
    skips = dict(arg.split("=", 1) for arg in sys.argv[7:])
    budget = float(budget) if tool == "networkx" else 0
    out = open(results, "a")

    def record(work, seconds, status, note, cpu=None):
        line = "\t".join([graph, work, tool, "%.4f" % seconds, "" if cpu is None else "%.4f" % cpu, status,
                          note.replace("\t", " ")])
        print(line, flush=True)
        out.write(line + "\n")
        out.flush()

    def on_alarm(signum, frame):
        raise OverBudget()

    signal.signal(signal.SIGALRM, on_alarm)
    start = time.perf_counter()
    n, edges = read_edges(path)
    read = time.perf_counter() - start
    start = time.perf_counter()
    table = {"igraph": igraph_works, "graph-tool": graphtool_works, "networkx": networkx_works}[tool](n, edges)
    record("build-graph", time.perf_counter() - start, "ok",
           "%d nodes, %d ties; reading the file took %.2f s" % (n, len(edges), read))
    del edges
    for item in works.split(","):
        work, _, pivots = item.partition(":")
        if work in skips:
            record(work, 0, "skipped", skips[work])
            continue
        if work == "betweenness-sampled":
            if "sampled" not in table:
                record(work, 0, "skipped", "%s has no pivot-sampled betweenness" % tool)
                continue
            fn = table["sampled"](int(pivots))
        elif work not in table:
            record(work, 0, "skipped", "%s has no %s" % (tool, work))
            continue
        else:
            fn = table[work]
        try:
            (seconds, cpu), note, runs = timed(fn, budget)
            record(work, seconds, "ok", "%s; %d runs" % (note, runs), cpu)
        except OverBudget:
            record(work, budget, "over-budget", "stopped after the budget of %.0f s" % budget)
        except MemoryError:
            record(work, 0, "failed", "out of memory")


if __name__ == "__main__":
    main()
