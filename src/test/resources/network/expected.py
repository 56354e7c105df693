# Expected answers of boardNetwork and insiderNetwork on the test corpus, computed with NetworkX, independently of
# the application: the projection is built here from the spells that ../tenure/spells.py finds in the corpus
# (spells-corpus.tsv, itself independent of the Java writers), and every metric is NetworkX 3's default.
#   python3 expected.py            (writes one expected-<case>.json per case below, beside this script)
# NetworkX 3.6.1 here. Not run by the build (CI has no Python): its output is committed.
# eigenvector is also given iterated to convergence (eigenvectorConverged, tol 1e-12): with its default tolerance
# (stop when the L1 change < n x 1e-6) NetworkX leaves values of order 1e-5 on components whose largest eigenvalue is
# not the graph's, which the limit (the definition) gives 0; the application iterates to 1e-10 and is compared with
# the converged values.
import collections, csv, datetime, itertools, json, os, sys
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
SPELLS = os.path.join(HERE, '..', 'tenure', 'spells-corpus.tsv')
D = datetime.date.fromisoformat

# name: (network, role, asOf, from, to, graceDays, minShared, limit)
CASES = {
    'board-directors-any-time-limit-8': ('board', 'DIRECTOR', None, None, None, 450, 1, 8),
    'board-directors-2022-01-01': ('board', 'DIRECTOR', '2022-01-01', None, None, 450, 1, 5000),
    'board-directors-any-time': ('board', 'DIRECTOR', None, None, None, 450, 1, 5000),
    'board-directors-2019-2020-no-grace': ('board', 'DIRECTOR', None, '2019-01-01', '2020-12-31', 0, 1, 5000),
    'board-directors-two-shared': ('board', 'DIRECTOR', None, None, None, 450, 2, 5000),
    'board-ten-percent-owners-any-time': ('board', 'TEN_PERCENT_OWNER', None, None, None, 450, 1, 5000),
    'people-ten-percent-owners-any-time': ('people', 'TEN_PERCENT_OWNER', None, None, None, 450, 1, 5000),
    'people-directors-2022-01-01': ('people', 'DIRECTOR', '2022-01-01', None, None, 450, 1, 5000),
}


def held(spell, as_of, start, end, grace):
    last = D(spell['until']) if spell['until'] else D(spell['lastReported']) + datetime.timedelta(days=grace)
    if as_of:
        return D(spell['since']) <= D(as_of) <= last
    return (start is None or last >= D(start)) and (end is None or D(spell['since']) <= D(end))


def projection(kind, role, as_of, start, end, grace, min_shared, limit):
    """Nodes joined when they share at least min_shared partners (insiders of a company, or companies of an
    insider) holding role; weight = how many they share. Past limit nodes, the limit nodes of highest weighted degree
    (then lowest CIK) are kept with the edges among them, and nodes left without an edge are dropped."""
    members = collections.defaultdict(set)
    for spell in csv.DictReader(open(SPELLS), delimiter='\t'):
        if spell['role'] == role and held(spell, as_of, start, end, grace):
            if kind == 'board':
                members[spell['owner']].add(spell['issuer'])
            else:
                members[spell['issuer']].add(spell['owner'])
    shared = collections.defaultdict(set)
    for partner, nodes in members.items():
        for a, b in itertools.combinations(sorted(nodes), 2):
            shared[(a, b)].add(partner)
    graph = nx.Graph()
    for (a, b), partners in sorted(shared.items()):
        if len(partners) >= min_shared:
            graph.add_edge(a, b, weight=len(partners), shared=sorted(partners))
    truncated = graph.number_of_nodes() > limit
    if truncated:
        ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n, weight='weight'), n))
        graph = graph.subgraph(ranked[:limit]).copy()
        graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
    return graph, truncated


def metrics(graph):
    louvain = nx.community.louvain_communities(graph, weight='weight', seed=42)
    return {
        'nodes': {n: {
            'degree': graph.degree(n),
            'weightedDegree': graph.degree(n, weight='weight'),
            'betweenness': b, 'closeness': c, 'pageRank': p, 'eigenvector': e, 'eigenvectorConverged': ec,
            'clustering': k, 'coreNumber': o,
        } for n, b, c, p, e, ec, k, o in zip(graph.nodes, *[[m[n] for n in graph.nodes] for m in (
            nx.betweenness_centrality(graph),
            nx.closeness_centrality(graph),
            nx.pagerank(graph, alpha=0.85, weight='weight'),
            nx.eigenvector_centrality(graph, weight='weight'),
            nx.eigenvector_centrality(graph, weight='weight', max_iter=100000, tol=1e-12),
            nx.clustering(graph),
            nx.core_number(graph))])},
        'edges': sorted([min(a, b), max(a, b), d['weight'], d.get('shared', [])] for a, b, d in graph.edges(data=True)),
        'louvainCommunities': sorted(sorted(c) for c in louvain),
        'louvainModularity': nx.community.modularity(graph, louvain, weight='weight'),
    }


for name, case in CASES.items():
    graph, truncated = projection(*case)
    result = {'case': dict(zip(('network', 'role', 'asOf', 'from', 'to', 'graceDays', 'minShared', 'limit'), case)),
              'networkx': nx.__version__, 'truncated': truncated}
    result.update(metrics(graph))
    with open(os.path.join(HERE, 'expected-%s.json' % name), 'w') as out:
        json.dump(result, out, indent=1, sort_keys=True)
    print(name, graph.number_of_nodes(), 'nodes', graph.number_of_edges(), 'edges',
          nx.number_connected_components(graph), 'components', 'modularity %.6f' % result['louvainModularity'],
          len(result['louvainCommunities']), 'communities')

# Zachary's karate club (NetworkX's copy, with its weights), a real network whose communities are not its components:
# the metrics as above, and the best of 50 seeded Louvain runs (modularity 0.4449), which Leiden should match.
karate = nx.relabel_nodes(nx.karate_club_graph(), lambda n: 'k%02d' % n)
result = {'networkx': nx.__version__}
result.update(metrics(karate))
best = max((nx.community.louvain_communities(karate, weight='weight', seed=seed) for seed in range(50)),
           key=lambda c: nx.community.modularity(karate, c, weight='weight'))
result['louvainCommunities'] = sorted(sorted(c) for c in best)
result['louvainModularity'] = nx.community.modularity(karate, best, weight='weight')
with open(os.path.join(HERE, 'karate-club.json'), 'w') as out:
    json.dump(result, out, indent=1, sort_keys=True)
print('karate club', karate.number_of_nodes(), 'nodes', karate.number_of_edges(), 'edges',
      'best Louvain modularity %.6f' % result['louvainModularity'], len(best), 'communities')

# busyInsiders(role: DIRECTOR, asOf: 2022-01-01, minCompanies: 2): insiders and their companies, most first
members = collections.defaultdict(set)
for spell in csv.DictReader(open(SPELLS), delimiter='\t'):
    if spell['role'] == 'DIRECTOR' and held(spell, '2022-01-01', None, None, 450):
        members[spell['owner']].add(spell['issuer'])
busy = sorted(([owner, sorted(companies)] for owner, companies in members.items() if len(companies) >= 2),
              key=lambda row: -len(row[1]))
with open(os.path.join(HERE, 'busy-directors-2022-01-01.json'), 'w') as out:
    json.dump(busy, out, indent=1)
print('busy directors on 2022-01-01:', [(owner, len(companies)) for owner, companies in busy])
