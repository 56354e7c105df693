// The insidergraph explorer: draws the networks of the GraphQL API with Cytoscape.js. A view is a recipe (a
// neighbourhood and the nodes expanded from it, a shortest path, or a company's interlocks) redrawn from the API
// whenever the roles or the date change; the drawn neighbourhood view is always the API's subgraph of its nodes, so
// what is downloaded is exactly what is drawn.
'use strict';

const FIRST_DATE = '2003-01-01';           // ownership filings in XML start in 2003
const NODE_FIELDS = 'id cik label kind hops';
const EDGE_FIELDS = 'id source target role since lastReported until title';
const ROLE_COLOURS = { DIRECTOR: '#3465a4', OFFICER: '#4e9a06', TEN_PERCENT_OWNER: '#c17d11', OTHER: '#75507b' };

const $ = id => document.getElementById(id);
const state = { view: null, centre: null, hops: 2, expanded: [], pathFrom: null, selected: null, truncated: false };
let cy;

// CentralityNode's metrics, as the API names them, and how the panel labels them
const METRICS = { degree: 'degree', weightedDegree: 'weighted degree', betweenness: 'betweenness',
  closeness: 'closeness', pageRank: 'PageRank', eigenvector: 'eigenvector', clustering: 'clustering',
  coreNumber: 'core number', community: 'community' };
const networks = new Map();        // boardNetwork / insiderNetwork answers by field, role and date, asked once each

// ---- the API ----------------------------------------------------------------------------------------------------

/** A query over GET (a front end's cacheable read), or POST when its variables would make the URL too long. */
async function graphql(query, variables = {}) {
  const encoded = `query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const response = encoded.length < 6000
    ? await fetch(`/graphql?${encoded}`, { headers: { Accept: 'application/json' } })
    : await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, variables }) });
  const answer = await response.json();
  if (answer.errors && answer.errors.length) {
    throw new Error(answer.errors.map(e => e.message).join('; '));
  }
  return answer.data;
}

function filters() {
  const roles = [...document.querySelectorAll('#roles input:checked')].map(box => box.value);
  return { roles: roles.length === 4 ? null : roles, asOf: $('any-date').checked ? null : dateOf($('as-of').value) };
}

// ---- views --------------------------------------------------------------------------------------------------------

async function showNeighbourhood(cik) {
  state.view = 'neighborhood';
  state.centre = cik;
  state.expanded = [];
  await redraw();
}

async function redraw() {
  const { roles, asOf } = filters();
  status('Loading…');
  try {
    if (state.view === 'neighborhood') {
      await drawNeighbourhood(roles, asOf);
    } else if (state.view === 'path') {
      await drawPath();
    } else if (state.view === 'interlocks') {
      await drawInterlocks(asOf);
    }
  } catch (error) {
    status(`Error: ${error.message}`);
  }
}

async function drawNeighbourhood(roles, asOf) {
  const query = `query($cik: ID!, $hops: Int, $roles: [Role!], $asOf: Date) {
    neighborhood(cik: $cik, hops: $hops, roles: $roles, asOf: $asOf, limit: 500) { truncated nodes { id hops } } }`;
  const centres = [[state.centre, state.hops], ...state.expanded.map(cik => [cik, 1])];
  const ciks = new Set();
  const distance = new Map();     // hops from the centre, as its neighbourhood says (the subgraph has none)
  let truncated = false;
  for (const [cik, hops] of centres) {
    const data = await graphql(query, { cik, hops, roles, asOf });
    data.neighborhood.nodes.forEach(node => ciks.add(node.id));
    if (cik === state.centre) data.neighborhood.nodes.forEach(node => distance.set(node.id, node.hops));
    truncated = truncated || data.neighborhood.truncated;
  }
  const data = await graphql(`query($ciks: [ID!]!, $roles: [Role!], $asOf: Date) {
    subgraph(ciks: $ciks, roles: $roles, asOf: $asOf) { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
    { ciks: [...ciks], roles, asOf });
  state.truncated = truncated;
  draw(data.subgraph.nodes.map(node => ({ ...node, hops: distance.get(node.id) ?? null })), data.subgraph.edges);
  downloads({ action: 'subgraph', ciks: [...ciks], roles, asOf });
}

async function drawPath() {
  const data = await graphql(`query($from: ID!, $to: ID!) { shortestPath(fromCik: $from, toCik: $to) { length
    nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`, { from: state.pathFrom, to: state.centre });
  if (!data.shortestPath) {
    draw([], []);
    status('No chain of insider relationships between them within 6 hops');
    return;
  }
  state.truncated = false;
  draw(data.shortestPath.nodes, data.shortestPath.edges, `a shortest path of ${data.shortestPath.length} hops`);
  downloads({ href: `shortest-path.FORMAT?fromCik=${state.pathFrom}&toCik=${state.centre}` });
}

async function drawInterlocks(asOf) {
  const role = (filters().roles || ['DIRECTOR'])[0];
  const data = await graphql(`query($cik: ID!, $role: Role, $asOf: Date) { company(cik: $cik) { cik name }
    interlocks(cik: $cik, role: $role, asOf: $asOf) { company { cik name } sharedInsiders { cik name } } }`,
    { cik: state.centre, role, asOf });
  const centre = data.company;
  const nodes = [{ id: centre.cik, cik: centre.cik, label: centre.name, kind: 'Company', hops: 0 }];
  const edges = [];
  for (const interlock of data.interlocks) {
    const other = interlock.company;
    nodes.push({ id: other.cik, cik: other.cik, label: other.name, kind: 'Company', hops: 1 });
    edges.push({ id: `${centre.cik}-${role}-${other.cik}`, source: centre.cik, target: other.cik, role,
      weight: interlock.sharedInsiders.length, title: interlock.sharedInsiders.map(i => i.name).join('; ') });
  }
  state.truncated = false;
  draw(nodes, edges, `${role.toLowerCase().replaceAll('_', ' ')} interlocks of ${centre.name}`);
  const query = new URLSearchParams({ cik: centre.cik, role });
  if (asOf) query.set('asOf', asOf);
  downloads({ href: `interlocks.FORMAT?${query}` });
}

// ---- drawing ------------------------------------------------------------------------------------------------------

function draw(nodes, edges, what) {
  cy.elements().remove();
  cy.add(nodes.map(node => ({ group: 'nodes', data: { ...node, centre: node.id === state.centre } })));
  cy.add(edges.map(edge => ({ group: 'edges', data: edge })));
  cy.layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 400000, nodeOverlap: 40,
    idealEdgeLength: () => 110, gravity: 0.2, numIter: 2500, componentSpacing: 120, padding: 40 }).run();
  const { roles, asOf } = filters();
  const parts = [`${plural(nodes.length, 'node')}, ${plural(edges.length, 'edge')}`];
  if (what) parts.push(what);
  if (state.truncated) parts.push('truncated at 500 nodes');
  if (asOf) parts.push(`as of ${asOf}`);
  if (roles) parts.push(`roles: ${roles.join(', ').toLowerCase()}`);
  status(parts.join(' · '));
  select(state.selected && cy.$id(state.selected).length ? state.selected : null);
}

function select(id) {
  state.selected = id;
  const node = id ? cy.$id(id) : null;
  $('details').hidden = !node;
  if (!node) return;
  const data = node.data();
  $('details-label').textContent = data.label;
  const fields = { kind: data.kind, CIK: data.cik, 'distance (hops)': data.hops ?? '–',
    'role edges in view': node.degree(false) };
  $('details-fields').replaceChildren(...Object.entries(fields).flatMap(([name, value]) => {
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    dd.textContent = value;
    return [dt, dd];
  }));
  $('interlocks').disabled = data.kind !== 'Company';
  $('path-to').disabled = !state.pathFrom || state.pathFrom === id;
  showMetrics(id, data.kind).catch(error => { $('metrics-heading').textContent = `Metrics: ${error.message}`; });
}

/**
 * The node's metrics in the whole board network (a company) or insider network (a person) of the first role shown
 * and the date chosen: the API's boardNetwork / insiderNetwork, whose metrics are NetworkX's.
 */
async function showMetrics(id, kind) {
  const { roles, asOf } = filters();
  const role = (roles || ['DIRECTOR'])[0];
  const field = kind === 'Company' ? 'boardNetwork' : 'insiderNetwork';
  const key = `${field} ${role} ${asOf || ''}`;
  if (!networks.has(key)) {
    networks.set(key, graphql(`query($role: Role, $asOf: Date) { network: ${field}(role: $role, asOf: $asOf) {
      communities truncated nodes { id ${Object.keys(METRICS).join(' ')} } } }`, { role, asOf })
      .then(data => data.network, error => { networks.delete(key); throw error; }));
  }
  $('metrics-heading').textContent = 'Metrics: loading…';
  $('metrics').replaceChildren();
  const network = await networks.get(key);
  if (state.selected !== id) return;       // another node was picked meanwhile
  const which = `${kind === 'Company' ? 'board' : 'insider'} network of ${role.toLowerCase().replaceAll('_', ' ')}s`
    + (asOf ? ` on ${asOf}` : '');
  const node = network.nodes.find(candidate => candidate.id === id);
  if (!node) {
    $('metrics-heading').textContent = `Not in the ${which}` + (network.truncated ? ' (truncated)' : '');
    return;
  }
  $('metrics-heading').textContent = `Metrics in the ${which} (${plural(network.nodes.length, 'node')}, `
    + `${network.communities} ${network.communities === 1 ? 'community' : 'communities'})`;
  $('metrics').replaceChildren(...Object.entries(METRICS).flatMap(([name, label]) => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.dataset.metric = name;
    dd.dataset.value = String(node[name]);
    dd.textContent = Number.isInteger(node[name]) ? String(node[name]) : node[name].toFixed(4);
    return [dt, dd];
  }));
}

function downloads(target) {
  const form = $('download');
  form.dataset.action = target.action || '';
  form.dataset.href = target.href || '';
  form.elements.ciks.value = (target.ciks || []).join(',');
  form.elements.roles.value = (target.roles || []).join(',');
  form.elements.asOf.value = target.asOf || '';
}

function status(text) {
  $('status').textContent = text;
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// ---- dates --------------------------------------------------------------------------------------------------------

const DAY = 24 * 60 * 60 * 1000;
function dateOf(offset) {
  return new Date(Date.parse(FIRST_DATE) + Number(offset) * DAY).toISOString().slice(0, 10);
}
function offsetOf(date) {
  return Math.round((Date.parse(date) - Date.parse(FIRST_DATE)) / DAY);
}

// ---- search -------------------------------------------------------------------------------------------------------

async function search(text) {
  const results = $('results');
  if (text.trim().length < 2) {
    results.hidden = true;
    return;
  }
  const data = await graphql(`query($text: String!) { search(text: $text, first: 10) { __typename cik name
    ... on Person { displayName } } }`, { text });
  results.replaceChildren(...data.search.map(entity => {
    const item = document.createElement('li');
    item.tabIndex = 0;
    item.dataset.cik = entity.cik;
    item.textContent = entity.displayName || entity.name;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = `${entity.__typename} ${entity.cik}`;
    item.append(kind);
    item.addEventListener('click', () => choose(entity.cik));
    item.addEventListener('keydown', event => { if (event.key === 'Enter') choose(entity.cik); });
    return item;
  }));
  if (!data.search.length) {
    const none = document.createElement('li');
    none.textContent = 'Nothing found';
    results.append(none);
  }
  results.hidden = false;
}

function choose(cik) {
  $('results').hidden = true;
  const url = new URL(location.href);
  url.searchParams.set('cik', cik);
  history.replaceState(null, '', url);
  state.selected = cik;
  showNeighbourhood(cik);
}

// ---- wiring -------------------------------------------------------------------------------------------------------

function start() {
  cy = cytoscape({
    container: $('graph'),
    maxZoom: 1.6,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
          'background-color': '#729fcf', width: 22, height: 22, 'text-wrap': 'ellipsis', 'text-max-width': 140 } },
      { selector: 'node[kind = "Company"]', style: { shape: 'round-rectangle', 'background-color': '#fcaf3e' } },
      { selector: 'node[?centre]', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1d2733' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#cc0000' } },
      { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier',
          'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'line-color': '#999', 'target-arrow-color': '#999',
          opacity: 0.85 } },
      { selector: 'edge[weight]', style: { width: 'mapData(weight, 1, 5, 1.5, 6)', 'target-arrow-shape': 'none' } },
      ...Object.entries(ROLE_COLOURS).map(([role, colour]) => ({ selector: `edge[role = "${role}"]`,
        style: { 'line-color': colour, 'target-arrow-color': colour } })),
    ],
  });
  window.insidergraph = { cy, state };   // for the browser test and for poking around in the console
  cy.on('tap', 'node', event => select(event.target.id()));
  cy.on('tap', event => { if (event.target === cy) select(null); });
  cy.on('dbltap', 'node', event => expand(event.target.id()));

  let typing;
  $('search').addEventListener('input', event => {
    clearTimeout(typing);
    typing = setTimeout(() => search(event.target.value).catch(error => status(`Error: ${error.message}`)), 200);
  });
  $('search-form').addEventListener('submit', event => {
    event.preventDefault();
    const first = $('results').querySelector('li[data-cik]');
    if (first) choose(first.dataset.cik);
  });
  $('hops').addEventListener('change', event => {
    state.hops = Number(event.target.value);
    if (state.view === 'neighborhood') redraw();
  });
  $('roles').addEventListener('change', () => redraw());
  $('any-date').addEventListener('change', event => {
    $('as-of').disabled = event.target.checked;
    $('as-of-label').textContent = event.target.checked ? 'all time' : dateOf($('as-of').value);
    redraw();
  });
  $('as-of').addEventListener('input', event => { $('as-of-label').textContent = dateOf(event.target.value); });
  $('as-of').addEventListener('change', () => redraw());
  $('expand').addEventListener('click', () => expand(state.selected));
  $('centre').addEventListener('click', () => showNeighbourhood(state.selected));
  $('interlocks').addEventListener('click', () => {
    state.view = 'interlocks';
    state.centre = state.selected;
    redraw();
  });
  $('path-from').addEventListener('click', () => {
    state.pathFrom = state.selected;
    status(`Path from ${cy.$id(state.selected).data('label')}: pick another node, then “Path to here”`);
    select(state.selected);
  });
  $('path-to').addEventListener('click', () => {
    state.view = 'path';
    state.centre = state.selected;
    redraw();
  });
  $('download').addEventListener('submit', event => {
    const form = event.currentTarget;
    const format = event.submitter.dataset.format;
    if (form.dataset.href) {
      event.preventDefault();
      window.open(`/export/${form.dataset.href.replace('FORMAT', format)}`, '_blank');
    } else {
      form.action = `/export/subgraph.${format}`;
    }
  });

  const today = new Date().toISOString().slice(0, 10);
  $('as-of').max = String(offsetOf(today));
  const params = new URLSearchParams(location.search);
  const asOf = params.get('asOf');
  $('as-of').value = String(offsetOf(asOf || today));
  if (asOf) {
    $('any-date').checked = false;
    $('as-of').disabled = false;
    $('as-of-label').textContent = dateOf($('as-of').value);
  }
  if (params.get('hops')) {
    state.hops = Number(params.get('hops'));
    $('hops').value = String(state.hops);
  }
  if (params.get('cik')) {
    state.selected = params.get('cik');
    showNeighbourhood(params.get('cik'));
  }
}

async function expand(cik) {
  if (!cik) return;
  if (state.view !== 'neighborhood') {
    await showNeighbourhood(cik);
    return;
  }
  if (!state.expanded.includes(cik) && cik !== state.centre) state.expanded.push(cik);
  state.selected = cik;
  await redraw();
}

start();
