"""Reads Kaonet's exported files with NetworkX and igraph and prints what they found as JSON.

Usage: read_exports.py FOLDER  (holding network.gexf, network.graphml, network.net, nodes.csv, edges.csv)

For every reader it prints the graph's directedness, its node ids in file order, its edge count,
each node's attributes and each edge's (source, target, weight, mutual, mirror), so that the Java
test compares them with the store. Missing readers are reported, not skipped: the test fails.
"""
import csv
import json
import math
import sys
import os

import networkx as nx
import igraph


def clean(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    return str(value)


def nx_answer(g):
    return {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "nodes": [str(n) for n in g.nodes()],
        "edgeCount": g.number_of_edges(),
        "nodeAttributes": {str(n): {k: clean(v) for k, v in d.items()} for n, d in g.nodes(data=True)},
        "edges": [[str(u), str(v), clean(d.get("weight")), clean(d.get("mutual")), clean(d.get("mirror"))]
                  for u, v, d in g.edges(data=True)],
    }


def igraph_answer(g, id_attribute):
    ids = [str(v[id_attribute]) for v in g.vs]
    names = g.vs.attributes()
    return {
        "directed": g.is_directed(),
        "multigraph": False,
        "nodes": ids,
        "edgeCount": g.ecount(),
        "nodeAttributes": {ids[v.index]: {k: clean(v[k]) for k in names} for v in g.vs},
        "edges": [[ids[e.source], ids[e.target], clean(e["weight"]) if "weight" in g.es.attributes() else None,
                   clean(e["mutual"]) if "mutual" in g.es.attributes() else None,
                   clean(e["mirror"]) if "mirror" in g.es.attributes() else None] for e in g.es],
    }


def csv_answer(folder):
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    directed = any(e["type"] == "Directed" for e in edges)
    return {
        "directed": directed,
        "multigraph": False,
        "nodes": [n["id"] for n in nodes],
        "edgeCount": len(edges),
        "nodeAttributes": {n["id"]: n for n in nodes},
        "edges": [[e["source"], e["target"], float(e["weight"]), e["type"] == "Undirected", None] for e in edges],
    }


def main():
    folder = sys.argv[1]
    answers = {}

    def attempt(name, read):
        try:
            answers[name] = read()
        except Exception as e:  # the test reports which reader refused the file, and why
            answers[name] = {"error": type(e).__name__ + ": " + str(e)}

    attempt("networkx.gexf", lambda: nx_answer(nx.read_gexf(os.path.join(folder, "network.gexf"))))
    attempt("networkx.graphml", lambda: nx_answer(nx.read_graphml(os.path.join(folder, "network.graphml"))))
    attempt("networkx.pajek", lambda: nx_answer(nx.read_pajek(os.path.join(folder, "network.net"))))
    attempt("igraph.graphml", lambda: igraph_answer(igraph.Graph.Read_GraphML(os.path.join(folder, "network.graphml")), "actorId"))
    attempt("igraph.pajek", lambda: igraph_answer(igraph.Graph.Read_Pajek(os.path.join(folder, "network.net")), "id"))
    attempt("csv", lambda: csv_answer(folder))
    json.dump(answers, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
