"""Reads an insidergraph network export with NetworkX and prints what it holds as JSON, for ExportIT to compare
with the GraphQL answer: {"graph": {...}, "nodes": {id: {...}}, "edges": {key: {...}}}, every value as text.

    python3 read_with_networkx.py FORMAT FILE     (FORMAT: graphml, gexf, cyjs, json or csv)
    python3 read_with_networkx.py --all FOLDER    (each export file's reading written beside it)

NetworkX 3.6.1 is the reference; the CSV zip is read with the csv module into a MultiDiGraph, as Gephi would.
"""
import csv
import io
import json
import pathlib
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
        with zipfile.ZipFile(path) as z:
            nodes = list(csv.DictReader(io.TextIOWrapper(z.open("nodes.csv"), encoding="utf-8")))
            edges = list(csv.DictReader(io.TextIOWrapper(z.open("edges.csv"), encoding="utf-8")))
        # Gephi's Type column: Directed or Undirected
        undirected = edges and all(row["Type"] == "Undirected" for row in edges)
        graph = nx.MultiGraph() if undirected else nx.MultiDiGraph()
        for row in nodes:
            graph.add_node(row.pop("Id"), label=row.pop("Label"), **{k: v for k, v in row.items() if v != ""})
        for row in edges:
            source, target, key = row.pop("Source"), row.pop("Target"), row.pop("Id")
            graph.add_edge(source, target, key=key, **{k: v for k, v in row.items() if v != ""})
        return graph
    raise SystemExit("unknown format " + fmt)


def main():
    if sys.argv[1] == "--all":
        # every export file in a folder, each reading beside it as FILE.networkx.json (NetworkxReadsTheExportsTests)
        folder = pathlib.Path(sys.argv[2])
        for path in sorted(folder.iterdir()):
            fmt = {".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cyjs", ".json": "json", ".zip": "csv"}.get(
                path.suffix)
            if fmt and not path.name.endswith(".networkx.json"):
                (folder / (path.name + ".networkx.json")).write_text(describe(fmt, str(path)) + "\n")
        return
    print(describe(sys.argv[1], sys.argv[2]))


def describe(fmt, path):
    graph = read(fmt, path)
    skip = {"id", "value", "name", "source", "target", "key"}
    nodes = {str(n): {k: text(v) for k, v in data.items() if k not in skip}
             for n, data in graph.nodes(data=True)}
    for n, data in graph.nodes(data=True):
        if fmt == "cyjs":
            nodes[str(n)]["label"] = text(data.get("label", data.get("name")))
    edges = {}
    # a role network is a multigraph keyed by edge id; a board network a simple graph with the id as an attribute
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else (
        (source, target, data.get("id"), data) for source, target, data in graph.edges(data=True))
    for source, target, key, data in triples:
        values = {k: text(v) for k, v in data.items() if k not in skip}
        values["source"], values["target"] = str(source), str(target)
        edges[str(key)] = values
    return json.dumps({"directed": graph.is_directed(), "multigraph": graph.is_multigraph(),
                       "graph": {k: text(v) for k, v in graph.graph.items()}, "nodes": nodes, "edges": edges},
                      sort_keys=True)


if __name__ == "__main__":
    main()
