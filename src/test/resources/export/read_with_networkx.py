"""Reads an insidergraph network export with NetworkX and prints what it holds as JSON, for ExportIT to compare
with the GraphQL answer: {"graph": {...}, "nodes": {id: {...}}, "edges": {key: {...}}}, every value as text.

    python3 read_with_networkx.py FORMAT FILE     (FORMAT: graphml, gexf, cyjs, json or csv)

NetworkX 3.6.1 is the reference; the CSV zip is read with the csv module into a MultiDiGraph, as Gephi would.
"""
import csv
import io
import json
import sys
import zipfile

import networkx as nx


def text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(text(item) for item in value)
    return str(value)


def read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            return nx.node_link_graph(json.load(f))
    if fmt == "cyjs":
        with open(path, encoding="utf-8") as f:
            return nx.cytoscape_graph(json.load(f))
    if fmt == "csv":
        graph = nx.MultiDiGraph()
        with zipfile.ZipFile(path) as z:
            for row in csv.DictReader(io.TextIOWrapper(z.open("nodes.csv"), encoding="utf-8")):
                graph.add_node(row.pop("Id"), label=row.pop("Label"), **{k: v for k, v in row.items() if v != ""})
            for row in csv.DictReader(io.TextIOWrapper(z.open("edges.csv"), encoding="utf-8")):
                source, target, key = row.pop("Source"), row.pop("Target"), row.pop("Id")
                graph.add_edge(source, target, key=key, **{k: v for k, v in row.items() if v != ""})
        return graph
    raise SystemExit("unknown format " + fmt)


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    graph = read(fmt, path)
    if not graph.is_multigraph():
        raise SystemExit("expected a multigraph (parallel role edges), got " + type(graph).__name__)
    skip = {"id", "value", "name", "source", "target", "key"}
    nodes = {str(n): {k: text(v) for k, v in data.items() if k not in skip}
             for n, data in graph.nodes(data=True)}
    for n, data in graph.nodes(data=True):
        if fmt == "cyjs":
            nodes[str(n)]["label"] = text(data.get("label", data.get("name")))
    edges = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        values = {k: text(v) for k, v in data.items() if k not in skip}
        values["source"], values["target"] = str(source), str(target)
        edges[str(key)] = values
    print(json.dumps({"directed": graph.is_directed(), "graph": {k: text(v) for k, v in graph.graph.items()},
                      "nodes": nodes, "edges": edges}, sort_keys=True))


if __name__ == "__main__":
    main()
