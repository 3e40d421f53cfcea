#!/usr/bin/python3
"""Turns a results file of bench/run.sh into the Markdown tables of docs/benchmarks.md.

usage: report.py RESULTS.tsv [MACHINE.txt]
"""
import sys

GRAPHS = {"small": "10k / 40k", "medium": "50k / 200k", "large": "1M / 5M"}
WORKS = [
    ("components", "connected components"),
    ("bridges", "bridges + articulation points"),
    ("kcore", "k-core decomposition"),
    ("clustering", "clustering (local, average, transitivity)"),
    ("constraint", "Burt's constraint"),
    ("aa-candidates", "Adamic–Adar, top 10 candidates of 1,000 actors"),
    ("aa-top", "Adamic–Adar, top 100 pairs of the graph"),
    ("louvain", "Louvain (1 random start)"),
    ("betweenness", "exact betweenness"),
    ("betweenness-sampled", "sampled betweenness"),
]
# (graph, work) -> (what is needed, test on (kaonet, igraph) wall seconds)
TARGETS = {
    ("medium", "betweenness"): ("≥ 3× igraph (aim 5×)", lambda k, i: i is not None and i / k >= 3),
    ("large", "betweenness-sampled"): ("< 60 s", lambda k, i: k < 60),
}
for w in ["components", "bridges", "kcore", "clustering", "constraint", "aa-candidates", "louvain"]:
    TARGETS[("large", w)] = ("≤ igraph", lambda k, i: i is not None and k <= i)


def load(path):
    rows = {}
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 7:
            continue
        graph, work, tool, seconds, cpu, status, note = parts[:7]
        work = work.split(":")[0]
        rows[(graph, work, tool)] = dict(seconds=float(seconds), cpu=float(cpu) if cpu else None,
                                         status=status, note=note)
    return rows


def cell(r):
    if r is None:
        return "—"
    if r["status"] == "skipped":
        return "skipped¹"
    if r["status"] == "over-budget":
        return "> %.0f s²" % r["seconds"]
    if r["status"] != "ok":
        return r["status"]
    text = "%.3g s" % r["seconds"] if r["seconds"] < 100 else "%.0f s" % r["seconds"]
    if r["cpu"] is not None:
        text += " (%.3g)" % r["cpu"] if r["cpu"] < 100 else " (%.0f)" % r["cpu"]
    return text


def ratio(k, peer):
    if k is None or peer is None or k["status"] != "ok":
        return "—"
    if peer["status"] == "over-budget":
        return "> %.0f×" % (peer["seconds"] / k["seconds"])
    if peer["status"] != "ok":
        return "—"
    return "%.1f×" % (peer["seconds"] / k["seconds"])


def cpu_ratio(k, peer):
    if k is None or peer is None or k["status"] != "ok" or peer["status"] != "ok":
        return "—"
    if not k["cpu"] or peer["cpu"] is None:
        return "—"
    return "%.1f×" % (peer["cpu"] / k["cpu"])


def main():
    rows = load(sys.argv[1])
    out = []
    if len(sys.argv) > 2:
        out.append("```")
        out.extend(line.rstrip() for line in open(sys.argv[2]))
        out.append("```")
        out.append("")
    notes = []
    for graph, label in GRAPHS.items():
        if not any(key[0] == graph and key[1] in dict(WORKS) for key in rows):
            continue
        out.append("### %s (nodes / ties)" % label)
        out.append("")
        out.append("| work | Kaonet | igraph | graph-tool | NetworkX | igraph ÷ Kaonet | graph-tool ÷ Kaonet"
                   " | NetworkX ÷ Kaonet | fastest peer ÷ Kaonet | igraph ÷ Kaonet, CPU | target | met |")
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for work, title in WORKS:
            k = rows.get((graph, work, "kaonet"))
            ig = rows.get((graph, work, "igraph"))
            gt = rows.get((graph, work, "graph-tool"))
            nx = rows.get((graph, work, "networkx"))
            if k is None and ig is None and gt is None and nx is None:
                continue
            measured = [r for r in (ig, gt, nx) if r is not None and r["status"] == "ok"]
            fastest = min(measured, key=lambda r: r["seconds"]) if measured else None
            target, test = TARGETS.get((graph, work), ("", None))
            met = ""
            peer = ig["seconds"] if ig and ig["status"] == "ok" else None
            if test is not None and k is not None and k["status"] == "ok":
                if peer is None and work != "betweenness-sampled":
                    met = "—"
                else:
                    met = "yes" if test(k["seconds"], peer) else "**no**"
            out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                title, cell(k), cell(ig), cell(gt), cell(nx), ratio(k, ig), ratio(k, gt), ratio(k, nx),
                ratio(k, fastest), cpu_ratio(k, ig), target, met))
            for tool, r in (("Kaonet", k), ("igraph", ig), ("graph-tool", gt), ("NetworkX", nx)):
                if r is not None and r["status"] in ("skipped", "over-budget"):
                    notes.append("%s, %s, %s: %s" % (label, title, tool, r["note"]))
        out.append("")
        for work in ("build-graph", "memory-per-tie", "memory-per-tie-weighted", "peak-heap"):
            r = rows.get((graph, work, "kaonet"))
            if r:
                unit = {"build-graph": "s", "peak-heap": "MB"}.get(work, "bytes")
                out.append("- %s: %.4g %s — %s" % (work, r["seconds"], unit, r["note"]))
        for tool in ("igraph", "graph-tool", "networkx"):
            r = rows.get((graph, "build-graph", tool))
            if r:
                out.append("- build-graph (%s): %.3g s — %s" % (tool, r["seconds"], r["note"]))
        for work, title in WORKS:
            for tool in ("kaonet", "igraph", "graph-tool", "networkx"):
                r = rows.get((graph, work, tool))
                if r and r["status"] == "ok":
                    out.append("- %s, %s: %s" % (title, tool, r["note"]))
        out.append("")
    store = {w: rows.get(("medium", w, "kaonet")) for w in
             ("csv-validate", "import-networkwriter", "import-loadcsv", "projection")}
    if any(store.values()):
        out.append("### Import and projection (50k actors, 200k ties)")
        out.append("")
        out.append("| work | time | rows/s | target | met |")
        out.append("|---|---|---|---|---|")
        rows_total = 250000
        kw, lc, pr = store["import-networkwriter"], store["import-loadcsv"], store["projection"]
        if kw:
            met = "yes" if lc and kw["seconds"] <= lc["seconds"] else "**no**"
            out.append("| import: NetworkWriter (merge, hash, version) in batches | %s | %.0f | ≥ LOAD CSV | %s |"
                       % (cell(kw), rows_total / kw["seconds"], met))
        if lc:
            out.append("| import: Neo4j `LOAD CSV` of the same rows | %s | %.0f | | |"
                       % (cell(lc), rows_total / lc["seconds"]))
        if store["csv-validate"]:
            r = store["csv-validate"]
            out.append("| reading and validating the CSV (KaonetCsvImporter) | %s | %.0f | | |"
                       % (cell(r), rows_total / r["seconds"]))
        if pr:
            out.append("| projection of 200k ties (ProjectionReader) | %s | | < 3 s | %s |"
                       % (cell(pr), "yes" if pr["seconds"] < 3 else "**no**"))
        out.append("")
        for r in store.values():
            if r:
                out.append("- " + r["note"])
        out.append("")
    if notes:
        out.append("Skipped and stopped work:")
        out.append("")
        for n in notes:
            out.append("- " + n)
        out.append("")
    out.append("Times are wall-clock seconds, the median of up to 3 runs (1 when a run takes 10 s or more);"
               " in brackets the CPU seconds of that run, all threads. ¹ skipped, ² stopped at the budget.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
