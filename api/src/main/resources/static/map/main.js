// The network map: draws a scope's network from the GraphQL API and wires the controls to it.

import { ACTOR, CANDIDATES, CLUSTERS, EGO, GRAPH, SCHEMA, drawingOf, graphql } from './api.js';
import { mountHeader } from '../common/header.js';
import { addMessages, number, onLanguageChange, t } from '../common/i18n.js';
import { followJob } from '../common/jobs.js';
import { onViewer } from '../common/session.js';
import messages from '../workspace/messages.js';
import mapMessages from './messages.js';
import { buildChecks, describeScope, readScope, setYears } from './filters.js';
import { showDownloads } from './downloads.js';
import { availability, evaluate } from './highlights.js';
import { hidePanel, showActor, showCandidates, showDetails } from './panel.js';
import { Schema } from './schema.js';
import { ACTOR_KINDS, MAX_NODE_SIZE, TIE_KINDS, nodeSize, stylesheet } from './style.js';
import { markReady } from '../common/ready.js';

const $ = (id) => document.getElementById(id);

/** Names always shown: the actors of highest betweenness. Others show theirs when selected or zoomed into. */
const NAMED = 25;
const NAME_ZOOM = 2.2;
const EGO_MAX_ZOOM = 1.2;
/** Selecting an actor never zooms closer than this (a firm with one partner would fill the screen). */
const SELECT_MAX_ZOOM = 2.5;
/** Names on screen are between these sizes in pixels, whatever the zoom. */
const LABEL_MIN_PX = 9;
const LABEL_MAX_PX = 14;
/** Room kept free on the right for the side panel when it is open. */
const PANEL_ROOM = 350;

const state = {
  scope: {},
  graphScope: null, // the scope the whole graph was asked for (null: the whole network)
  mayComputeExact: false, // whether the caller may start jobs (a coordinator)
  jobScope: undefined, // the scope of the exact betweenness job shown, if any
  graph: null, // the scope's whole graph (search and figures read it)
  ego: null, // { id, radius } while an ego network is shown
  clusterNames: new Map(),
  highlights: [],
  active: new Set(),
  highlightRequest: 0,
  request: 0,
};

// Read by the browser test and handy in the console.
const probe = { draws: 0, firstDrawMs: null, firstPaintMs: null, error: null, declutters: 0 };
window.kaonetMap = probe;
addMessages(messages);
addMessages(mapMessages);
mountHeader('map');
// Much of the page is made by script: a new language redraws it.
onLanguageChange(() => location.reload());

// The first drawing needs only the graph: ask for it while the drawing library loads.
const firstGraph = graphql(GRAPH, { scope: null });
firstGraph.catch(() => {}); // reported by start()
const { default: cytoscape } = await import('../webjars/cytoscape/dist/cytoscape.esm.min.mjs');

const cy = cytoscape({
  container: $('cy'),
  style: stylesheet(),
  layout: { name: 'preset' },
  minZoom: 0.2,
  maxZoom: 6,
  boxSelectionEnabled: false,
  selectionType: 'single',
  hideEdgesOnViewport: true,
  textureOnViewport: true,
});
probe.cy = cy;
cy.on('viewport', placeClusterLabels);
// Names keep a readable size on screen and never overlap: re-sized on zoom, decluttered once the view rests.
let declutterTimer = null;
cy.on('viewport', () => {
  clearTimeout(declutterTimer);
  declutterTimer = setTimeout(declutter, 120);
});
// Names of every actor once the view is close enough to read them.
cy.on('zoom', () => {
  const close = cy.zoom() >= NAME_ZOOM;
  if (close !== cy.scratch('named')) {
    cy.scratch('named', close);
    cy.batch(() => (close ? cy.nodes().addClass('named') : cy.nodes().removeClass('named')));
  }
});

start().catch(fail);

async function start() {
  const graphData = await firstGraph;
  probe.loadedMs = performance.now();
  state.graph = drawingOf(graphData.network.graph);
  draw(state.graph, { summary: graphData.network.summary });
  showDownloads(state.scope);
  showBetweenness();
  markReady();
  setUpExactBetweenness();

  const [schemaData, clusterData] = await Promise.all([graphql(SCHEMA), graphql(CLUSTERS)]);
  for (const c of clusterData.clusters) state.clusterNames.set(c.id, shortName(c.name));
  refreshClusterLabels();
  const schema = new Schema(schemaData);
  setUpFilters(schema, clusterData.clusters, state.graph);
  setUpHighlights(schema);
  setUpSearch();
  setUpSelection();
}

function shortName(name) {
  return name.replace(/\s*\(?synthetic demo\)?\s*/i, ' ').trim();
}

// ---- drawing ------------------------------------------------------------------------------

function elementsOf(graph) {
  const maxB = Math.max(0, ...graph.nodes.map((n) => n.betweenness));
  const named = new Set([...graph.nodes].sort((a, b) => b.betweenness - a.betweenness).slice(0, NAMED)
    .filter((n) => n.betweenness > 0).map((n) => n.id));
  const nodes = graph.nodes.map((n) => {
    const size = nodeSize(n.betweenness, maxB);
    const name = n.name.replace(/\s*\(synthetic\)$/, '');
    return {
      group: 'nodes',
      data: { id: n.id, name, label: named.has(n.id) ? name : '', kind: n.kind, size, font: 4 + size * 0.25,
        screenFont: 4 + size * 0.25 },
      position: { x: n.x, y: n.y },
    };
  });
  const edges = graph.ties.map((t) => ({
    group: 'edges',
    data: {
      id: `${t.source}~${t.target}`,
      source: t.source,
      target: t.target,
      kind: t.kinds[0],
      width: Math.min(4, 0.6 + 0.4 * Math.log2(t.weight + 1)),
    },
  }));
  return [...nodes, ...edges];
}

function draw(graph, { summary, ego } = {}) {
  const selected = cy.$('node:selected').id();
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elementsOf(graph));
  });
  // Positions come from the server; fitting them by hand spares cytoscape measuring every element.
  const layout = ego ? egoLayout(graph, ego.id) : { name: 'preset', fit: false };
  const run = cy.layout(layout);
  if (!ego) run.one('layoutstop', () => cy.viewport(viewportFor(graph.nodes)));
  run.one('layoutstop', () => {
    probe.draws += 1;
    if (probe.firstDrawMs == null) {
      probe.firstDrawMs = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => {
        probe.firstPaintMs = performance.now();
        console.info(`kaonet map: data in ${probe.loadedMs.toFixed(0)} ms, first drawing ${probe.firstDrawMs.toFixed(0)} ms `
          + `after navigation, painted at ${probe.firstPaintMs.toFixed(0)} ms`);
        status(summary);
      }));
    }
    status(summary);
  });
  run.run();
  refreshClusterLabels();
  declutter();
  if (selected && cy.$id(selected).nonempty()) select(selected, { recentre: false });
  applyHighlights();
}

const PADDING = 24;

/** The zoom and pan that show every node's position, with room for the largest node. */
function viewportFor(nodes) {
  if (nodes.length === 0) return { zoom: 1, pan: { x: 0, y: 0 } };
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = MAX_NODE_SIZE / 2;
  const width = Math.max(1, maxX - minX + 2 * margin);
  const height = Math.max(1, maxY - minY + 2 * margin);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(),
    Math.min((cy.width() - 2 * PADDING) / width, (cy.height() - 2 * PADDING) / height)));
  return {
    zoom,
    pan: {
      x: (cy.width() - width * zoom) / 2 - (minX - margin) * zoom,
      y: (cy.height() - height * zoom) / 2 - (minY - margin) * zoom,
    },
  };
}

/**
 * Cluster names over the drawing, each at the median position of the cluster's tied members with
 * its top edge above them; kept in screen space and moved with the viewport.
 */
function clusterAnchors(graph) {
  if (state.ego || state.clusterNames.size === 0) return [];
  const members = new Map();
  for (const n of graph.nodes) {
    if (n.degree === 0) continue;
    for (const c of n.clusters) {
      if (!members.has(c)) members.set(c, []);
      members.get(c).push(n);
    }
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const anchors = [...members].filter(([, ns]) => ns.length >= 5).map(([c, ns]) => {
    const x = median(ns.map((n) => n.x));
    const y = median(ns.map((n) => n.y));
    const spread = median(ns.map((n) => Math.hypot(n.x - x, n.y - y)));
    return { name: (state.clusterNames.get(c) ?? c).split(',')[0], x, y: y - 1.6 * spread };
  });
  // The server sets out the actors outside the largest component on a grid beside the drawing.
  const outside = outsideLargestComponent(graph);
  if (outside.length > 0 && outside.length < graph.nodes.length) {
    const xs = outside.map((n) => n.x);
    anchors.push({
      name: t('map.outside', { count: number(outside.length) }),
      x: (Math.min(...xs) + Math.max(...xs)) / 2,
      y: Math.min(...outside.map((n) => n.y)) - 8,
    });
  }
  return anchors;
}

function outsideLargestComponent(graph) {
  const parent = new Map(graph.nodes.map((n) => [n.id, n.id]));
  const root = (u) => {
    while (parent.get(u) !== u) {
      parent.set(u, parent.get(parent.get(u))); // path halving keeps the trees shallow
      u = parent.get(u);
    }
    return u;
  };
  for (const t of graph.ties) parent.set(root(t.source), root(t.target));
  const sizes = new Map();
  for (const n of graph.nodes) sizes.set(root(n.id), (sizes.get(root(n.id)) ?? 0) + 1);
  const largest = [...sizes].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [null, 0])[0];
  return graph.nodes.filter((n) => root(n.id) !== largest);
}

function placeClusterLabels() {
  const box = $('cluster-labels');
  const anchors = state.labelAnchors ?? [];
  if (box.childElementCount !== anchors.length) {
    box.replaceChildren(...anchors.map((a) => Object.assign(document.createElement('span'), { textContent: a.name })));
  }
  const zoom = cy.zoom();
  const pan = cy.pan();
  anchors.forEach((a, i) => {
    const label = box.children[i];
    label.style.left = `${a.x * zoom + pan.x}px`;
    label.style.top = `${a.y * zoom + pan.y}px`;
  });
}

function refreshClusterLabels() {
  state.labelAnchors = state.graph ? clusterAnchors(state.graph) : [];
  $('cluster-labels').replaceChildren();
  placeClusterLabels();
}

function egoLayout(graph, centre) {
  // Rings by distance from the centre, computed from the ties returned.
  const hops = new Map([[centre, 0]]);
  const next = new Map();
  for (const t of graph.ties) {
    if (!next.has(t.source)) next.set(t.source, []);
    if (!next.has(t.target)) next.set(t.target, []);
    next.get(t.source).push(t.target);
    next.get(t.target).push(t.source);
  }
  const queue = [centre];
  while (queue.length) {
    const u = queue.shift();
    for (const v of next.get(u) ?? []) {
      if (!hops.has(v)) {
        hops.set(v, hops.get(u) + 1);
        queue.push(v);
      }
    }
  }
  return {
    name: 'concentric',
    concentric: (node) => 10 - (hops.get(node.id()) ?? 9),
    levelWidth: () => 1,
    minNodeSpacing: 30,
    fit: true,
    padding: 40,
    animate: false,
    stop: () => {
      // Fit beside the side panel; a small ego network is kept at reading size, not blown up.
      cy.viewport(fitBesidePanel(cy.nodes(), 40, EGO_MAX_ZOOM));
    },
  };
}

/** 4822 → "4,822", without loading the Intl machinery on the first drawing's path. */
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function status(summary) {
  const shown = cy.nodes().length;
  const ties = cy.edges().length;
  const parts = [];
  if (state.ego) parts.push(t('map.status.ego', { name: nameOf(state.ego.id), radius: state.ego.radius }));
  parts.push(describeScope(state.scope, state.clusterNames));
  parts.push(t('map.status.counts', { actors: thousands(shown), ties: thousands(ties) }));
  if (summary && !state.ego) parts.push(t('map.status.density', { value: summary.density.toFixed(4) }));
  if (probe.firstDrawMs != null) parts.push(t('map.status.firstDrawing', { ms: Math.round(probe.firstDrawMs) }));
  $('status').textContent = parts.join(' · ');
  $('status').dataset.nodes = String(shown);
  $('status').dataset.draws = String(probe.draws);
}

function fail(error) {
  probe.error = String(error?.message ?? error);
  $('status').textContent = t('map.failed', { message: probe.error });
  $('status').classList.add('error');
  console.error(error);
}

// ---- scope: filters and the year slider ---------------------------------------------------

function setUpFilters(schema, clusters, graph) {
  const kinds = schema.enumValues('ActorKind');
  const tieKinds = schema.enumValues('TieKind').filter((k) => k !== 'CO_PARTICIPATION');
  buildChecks($('cluster-filter'), clusters.map((c) => ({ value: c.id, label: shortName(c.name) })), reload);
  // The countries of the first (whole) graph, as stored.
  const countries = [...new Set(graph.nodes.map((n) => n.actor?.country).filter((c) => c))].sort();
  buildChecks($('country-filter'), countries.map((c) => ({ value: c, label: c })), reload);
  buildChecks($('kind-filter'), kinds.map((k) => ({
    value: k, label: t(`kind.${k}`), colour: ACTOR_KINDS[k]?.colour,
  })), reload);
  buildChecks($('tie-filter'), tieKinds.map((k) => ({
    value: k, label: t(`tie.${k}`), colour: TIE_KINDS[k]?.colour, line: TIE_KINDS[k]?.line ?? 'solid',
  })), reload);
  $('activities').addEventListener('change', reload);
  const years = graph.ties.filter((t) => t.since).map((t) => Number(t.since.slice(0, 4)));
  const thisYear = new Date().getFullYear();
  setYears(years.length ? Math.min(...years) : thisYear, years.length ? Math.max(...years) : thisYear, reload);
  $('back').addEventListener('click', () => {
    state.ego = null;
    reload();
  });
}

/** Asks for the scope the controls describe and redraws; a later request wins over an earlier one. */
async function reload() {
  state.scope = readScope();
  const ticket = ++state.request;
  $('status').textContent = t('common.loading');
  try {
    const scope = state.scope;
    const data = await graphql(GRAPH, { scope });
    if (ticket !== state.request) return;
    state.graph = drawingOf(data.network.graph);
    state.graphScope = scope;
    showDownloads(state.scope);
    showBetweenness();
    // The data may have changed since the highlights were asked: ask again.
    for (const h of state.highlights) h.kept = null;
    if (state.ego && state.graph.nodes.some((n) => n.id === state.ego.id)) {
      await showEgo(state.ego.id, state.ego.radius, ticket);
    } else {
      state.ego = null;
      $('view-bar').hidden = true;
      draw(state.graph, { summary: data.network.summary });
    }
    await refreshHighlights(ticket);
  } catch (error) {
    if (ticket === state.request) fail(error);
  }
}

async function showEgo(id, radius, ticket = ++state.request) {
  const data = await graphql(EGO, { scope: state.scope, id, radius });
  if (ticket !== state.request) return;
  const ego = drawingOf(data.network.ego);
  if (!ego) return;
  state.ego = { id, radius };
  $('view-label').textContent = t('map.view.ego', { name: nameOf(id), radius });
  $('view-bar').hidden = false;
  draw(ego, { ego: state.ego });
  select(id, { recentre: false });
}

// ---- betweenness: exact, or sampled until a coordinator computes it as a job ----------------

/**
 * Says how the node sizes and ranks were computed (the graph's betweenness method), and offers a
 * coordinator the exact values of a sampled scope as a job (common/jobs.js): once it has succeeded the
 * graph answers with them, and the page draws it again. A job of another scope is no longer shown.
 */
function showBetweenness() {
  const method = state.graph.betweenness;
  const note = $('betweenness-method');
  note.dataset.sampled = String(method.sampled);
  note.textContent = method.sampled
    ? [t('map.betweenness.sampled', { pivots: number(method.pivots) }), state.mayComputeExact ? '' : t('map.betweenness.ask')]
      .filter(Boolean).join(' ')
    : t('map.betweenness.exact');
  const jobShown = state.jobScope !== undefined && sameScope(state.jobScope, state.graphScope);
  $('betweenness-job').hidden = !jobShown;
  $('exact-betweenness').hidden = !(method.sampled && state.mayComputeExact);
  probe.betweenness = { sampled: method.sampled, pivots: method.pivots,
    values: Object.fromEntries(state.graph.nodes.map((n) => [n.id, n.betweenness])) };
}

function sameScope(a, b) {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

function setUpExactBetweenness() {
  onViewer((viewer) => {
    state.mayComputeExact = Boolean(viewer.mayRecordIntroductions);
    showBetweenness();
  });
  // Pressing it again while a job runs follows a new one; the focus stays on it, one TAB before Cancel.
  $('exact-betweenness').addEventListener('click', async () => {
    const scope = state.graphScope;
    state.jobScope = scope;
    const box = $('betweenness-job');
    try {
      const job = await followJob(box, { scope, analysis: 'EXACT_BETWEENNESS' });
      if (job.state === 'SUCCEEDED' && sameScope(scope, state.graphScope) && !state.ego) await reload();
    } catch (error) {
      box.hidden = false;
      box.textContent = t('common.error', { message: error.message });
    }
  });
}

// ---- highlights ---------------------------------------------------------------------------

function setUpHighlights(schema) {
  state.highlights = availability(schema);
  const box = $('highlights');
  box.innerHTML = '';
  for (const h of state.highlights) {
    const label = document.createElement('label');
    label.className = 'check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = h.key;
    input.disabled = h.source === 'none';
    // What the highlight marks, in plain words, and where the page reads it.
    label.title = h.source === 'none' ? t('highlight.tip.none', { field: h.fields[0] })
      : t(`highlight.tip.${h.source}`, { note: t(`highlight.${h.source === 'client' ? 'fallback' : 'note'}.${h.key}`),
        field: h.source === 'server' ? h.field.name : h.fields[0] });
    if (h.source === 'none') label.classList.add('unavailable');
    const count = document.createElement('span');
    count.className = 'count';
    count.dataset.highlight = h.key;
    input.addEventListener('change', async () => {
      if (input.checked) state.active.add(h.key);
      else state.active.delete(h.key);
      await refreshHighlights(state.request);
    });
    label.append(input, ` ${t(`highlight.${h.key}`)} `, count);
    box.append(label);
  }
}

/**
 * Evaluates the active highlights for the current scope and marks them. A later call wins over an
 * earlier one still waiting for its answers (a quick second toggle, a new scope). Answers are kept
 * until the scope is loaded again, so switching one highlight does not ask again for the others.
 */
async function refreshHighlights(ticket) {
  const mine = ++state.highlightRequest;
  const scopeKey = JSON.stringify(state.scope);
  const active = state.highlights.filter((h) => state.active.has(h.key));
  const results = await Promise.all(active.map(async (h) => {
    if (h.kept?.scopeKey === scopeKey) return h.kept.result;
    try {
      const result = await evaluate(h, state.scope, state.graph);
      h.kept = { scopeKey, result };
      return result;
    } catch (error) {
      return { actors: new Set(), pairs: [], error: error.message };
    }
  }));
  if (ticket !== state.request || mine !== state.highlightRequest) return;
  for (const h of state.highlights) h.result = null;
  active.forEach((h, i) => { h.result = results[i]; });
  applyHighlights();
}

/**
 * Marks what the active highlights found: each element found gets the class highlight-<key> (read
 * by the browser test); ringed highlights add 'isolated', the others 'highlighted' and dim the rest.
 * A tie marks its ends too. Counters show actors found, or ties for a highlight of ties.
 */
function applyHighlights() {
  const nodes = new Set();
  const edges = new Set();
  const ringed = new Set();
  const perKey = [];
  for (const h of state.highlights) {
    const counter = document.querySelector(`[data-highlight="${h.key}"]`);
    if (counter) counter.textContent = h.result ? (h.result.error ? t('highlight.failed') : `(${h.result.pairs.length || h.result.actors.size})`) : '';
    if (!h.result) continue;
    const own = { key: h.key, nodes: new Set(h.result.actors), edges: new Set() };
    for (const [a, b] of h.result.pairs) {
      own.nodes.add(a).add(b);
      own.edges.add(`${a}~${b}`).add(`${b}~${a}`);
    }
    perKey.push(own);
    if (h.mark === 'ring') {
      own.nodes.forEach((id) => ringed.add(id));
      continue;
    }
    own.nodes.forEach((id) => nodes.add(id));
    own.edges.forEach((id) => edges.add(id));
  }
  const keyClasses = state.highlights.map((h) => `highlight-${h.key}`).join(' ');
  cy.batch(() => {
    cy.elements().removeClass(`highlighted dimmed isolated ${keyClasses}`);
    for (const own of perKey) {
      own.nodes.forEach((id) => cy.$id(id).addClass(`highlight-${own.key}`));
      // Only the drawn ties are ids of elements; the other orientation names nothing.
      own.edges.forEach((id) => cy.$id(id).addClass(`highlight-${own.key}`));
    }
    ringed.forEach((id) => cy.$id(id).addClass('isolated'));
    if (nodes.size === 0 && edges.size === 0) return;
    cy.nodes().forEach((n) => n.addClass(nodes.has(n.id()) ? 'highlighted' : 'dimmed'));
    cy.edges().forEach((e) => e.addClass(edges.has(e.id()) ? 'highlighted' : 'dimmed'));
  });
}

// ---- search and selection -----------------------------------------------------------------

function setUpSearch() {
  const input = $('search');
  const list = $('suggestions');
  let matches = [];
  let at = 0;
  const render = () => {
    list.innerHTML = '';
    matches.forEach((n, i) => {
      const li = document.createElement('li');
      li.role = 'option';
      li.textContent = n.name;
      li.dataset.id = n.id;
      li.setAttribute('aria-selected', String(i === at));
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(n.id);
      });
      list.append(li);
    });
    list.hidden = matches.length === 0;
  };
  const pick = (id) => {
    matches = [];
    render();
    input.value = nameOf(id);
    input.blur();
    if (state.ego && cy.$id(id).empty()) {
      state.ego = null;
      $('view-bar').hidden = true;
      draw(state.graph);
    }
    select(id, { recentre: true });
  };
  input.addEventListener('input', () => {
    const q = fold(input.value.trim());
    matches = q.length < 2 ? [] : state.graph.nodes
      .filter((n) => fold(n.name).includes(q) || n.id.toLowerCase().includes(q))
      .sort((a, b) => Number(!fold(a.name).startsWith(q)) - Number(!fold(b.name).startsWith(q))
        || b.betweenness - a.betweenness)
      .slice(0, 12);
    at = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      at = (at + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % Math.max(1, matches.length);
      render();
      event.preventDefault();
    } else if (event.key === 'Enter' && matches.length) {
      pick(matches[at].id);
    } else if (event.key === 'Escape') {
      matches = [];
      render();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 100));
}

/** Text as the search compares it: NFKC, lower case, katakana as hiragana (as the API's name search). */
function fold(text) {
  return text.normalize('NFKC').toLowerCase().replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

function setUpSelection() {
  cy.on('tap', 'node', (event) => select(event.target.id(), { recentre: false }));
  cy.on('tap', (event) => {
    if (event.target === cy) deselect();
  });
  $('panel-close').addEventListener('click', deselect);
  for (const button of document.querySelectorAll('#panel .ego button')) {
    button.addEventListener('click', () => {
      const id = $('panel').dataset.actor;
      if (id) showEgo(id, Number(button.dataset.radius)).catch(fail);
    });
  }
}

function nameOf(id) {
  return state.graph?.nodes.find((n) => n.id === id)?.name ?? id;
}

function select(id, { recentre }) {
  const element = cy.$id(id);
  const node = state.graph.nodes.find((n) => n.id === id);
  if (!node) return;
  cy.batch(() => {
    cy.elements().unselect().removeClass('neighbour');
    if (element.nonempty()) {
      element.select();
      element.closedNeighborhood().addClass('neighbour');
    }
  });
  if (recentre && element.nonempty()) {
    cy.animate(fitBesidePanel(element.closedNeighborhood(), 80, SELECT_MAX_ZOOM), { duration: 300 });
  }
  const ranked = state.graph.nodes.filter((n) => n.betweenness > node.betweenness).length + 1;
  showActor(node, { clusterNames: state.clusterNames, betweennessRank: ranked, actorsInScope: state.graph.nodes.length,
    betweennessSampled: state.graph.betweenness.sampled });
  graphql(ACTOR, { id }).then((d) => showDetails(d.actor)).catch(() => {});
  graphql(CANDIDATES, { id, scope: state.scope })
    .then((d) => showCandidates({ ...node, partners: node.degree }, d.network.candidates))
    .catch(() => {});
}

/**
 * The zoom and pan that show elements in the part of the drawing the side panel leaves free, no
 * closer than maxZoom.
 */
function fitBesidePanel(eles, padding, maxZoom) {
  const box = eles.boundingBox({ includeLabels: false });
  const free = Math.max(200, cy.width() - PANEL_ROOM);
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, (free - 2 * padding) / Math.max(1, box.w),
    (cy.height() - 2 * padding) / Math.max(1, box.h)));
  const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  return { zoom, pan: { x: free / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom } };
}

/**
 * Shows names without overlap: the names that would be drawn are sized for the zoom (LABEL_MIN_PX to
 * LABEL_MAX_PX on screen), then taken in order of importance (the selected actor, its partners,
 * then by size) and a name whose box meets one already placed is hidden (class label-hidden).
 */
function declutter() {
  const zoom = cy.zoom();
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const px = Math.min(LABEL_MAX_PX, Math.max(LABEL_MIN_PX, n.data('font') * zoom));
      n.data('screenFont', px / zoom);
    });
    cy.nodes('.label-hidden').removeClass('label-hidden');
  });
  // Every named node, also off screen: a node just outside the view can have its name inside it.
  const labelled = cy.nodes().filter((n) => n.visible() && n.style('label'));
  const rank = (n) => (n.selected() ? 0 : n.hasClass('neighbour') ? 1 : 2);
  const order = labelled.toArray().sort((a, b) => rank(a) - rank(b) || b.data('size') - a.data('size'));
  const placed = [];
  const hidden = [];
  for (const n of order) {
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (b.w === 0) continue;
    if (placed.some((p) => b.x1 < p.x2 && b.x2 > p.x1 && b.y1 < p.y2 && b.y2 > p.y1)) hidden.push(n);
    else placed.push(b);
  }
  cy.batch(() => hidden.forEach((n) => n.addClass('label-hidden')));
  probe.declutters += 1;
}

function deselect() {
  cy.elements().unselect().removeClass('neighbour');
  hidePanel();
}
