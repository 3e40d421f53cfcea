// A print-ready report of one cluster, several, or the whole network: the dashboard's figures,
// charts and tables in one column, method notes and provenance. Print it (or save it as PDF) from
// the browser; the print stylesheet keeps every chart and table row whole on a page.

import { graphql } from '../common/api.js';
import { mountHeader } from '../common/header.js';
import { addMessages, number, onLanguageChange, t } from '../common/i18n.js';
import messages from './messages.js';
import { reportHref } from '../common/downloads.js';
import { drawMapImage } from './mapimage.js';
import { COMMUNITIES, SCORECARD, START, changesView, chartLibrary, cohesionTable, communitiesView, element, kpiCharts, loadColumn,
  scorecardView } from './figures.js';
import { markReady } from '../common/ready.js';

addMessages(messages);
mountHeader('dashboard');
// The chart library loads while the first answers are on their way, not after them.
chartLibrary().catch(() => {});

const state = { ready: false, error: null, charts: [] };
window.kaonetReport = state;
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
/** The newest import runs: the report's provenance. */
const IMPORTS = `{ imports(first: 20) { totalCount edges { node { id startedAt format files by dataVersion
  written { actors ties clusters memberships activities participations changed } } } } }`;

async function render() {
  state.ready = false;
  state.charts.forEach((c) => c.destroy());
  state.charts = [];
  try {
    const start = await graphql(START);
    const clusterIds = params.getAll('cluster');
    const countries = params.getAll('country');
    const period = params.get('period') || start.indicatorPeriods.at(-1) || '';
    const names = new Map(start.clusters.map((c) => [c.id, c.name]));
    const scopeText = (clusterIds.length ? clusterIds.map((id) => names.get(id) ?? id).join(', ') : t('dash.whole'))
      + (countries.length ? ` (${countries.join(', ')})` : '');
    let scorecard = null;
    if (period) scorecard = await graphql(SCORECARD, { period });
    const asOf = params.get('asOf') || scorecard?.network.scorecard.asOf || null;
    const from = params.get('from') || '2005-12-31';
    const to = params.get('to') || '2010-12-31';
    $('report-scope').textContent = scopeText;
    $('report-lead').textContent = t('report.scope', { scope: scopeText, asOf: asOf ?? '—' });
    const communityScope = clusterIds.length ? { clusterIds } : {};
    if (countries.length) communityScope.countries = countries;
    $('report-xlsx').href = reportHref(communityScope, period);
    const mapScope = asOf ? { ...communityScope, asOf } : communityScope;
    const [column, communities, imports, graph] = await Promise.all([loadColumn(clusterIds, asOf, from, to, countries),
      graphql(COMMUNITIES, { scope: communityScope }), graphql(IMPORTS), drawMapImage(mapScope, $('map-image'))]);
    state.imports = imports;
    state.graph = graph;
    $('map-caption').textContent = t('report.mapCaption', { scope: scopeText, asOf: asOf ?? '—',
      actors: number(graph.nodes.length), ties: number(graph.ties.length) });
    $('map-image').alt = $('map-caption').textContent;
    state.column = column;
    state.scorecard = scorecard;
    state.communities = communities;
    $('cohesion').replaceChildren(cohesionTable(column));
    $('kpi').replaceChildren();
    state.charts.push(...await kpiCharts(column, $('kpi')));
    if (scorecard) state.charts.push(await scorecardView(scorecard, $('scorecard'), clusterIds));
    communitiesView(communities, $('communities'));
    $('changes').replaceChildren(changesView(column, from, to));
    $('methods').replaceChildren(...['time', 'density', 'clustering', 'distance', 'ratios', 'scorecard', 'communities']
      .map((k) => element('li', {}, t(`report.method.${k}`))));
    const sources = new Set();
    for (const c of scorecard?.network.scorecard.clusters ?? []) {
      for (const a of c.areas) for (const i of a.indicators) if (i.source) sources.add(i.source.replace(/:\d+\)?$/, ')').replace(/\)\)$/, ')'));
    }
    $('provenance').replaceChildren(element('li', {}, t('report.made', { when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      server: location.host })), ...[...sources].sort().map((s) => element('li', {}, s)));
    $('imports').replaceChildren(importTable(imports.imports));
    $('status').textContent = '';
    state.ready = true;
    markReady();
  } catch (e) {
    state.error = e.message;
    $('status').textContent = t('common.error', { message: e.message });
    $('status').className = 'error';
  }
}

/** The import log as a table: when, format, files, who, records written per kind, data version after. */
function importTable(log) {
  const cell = (tag, text, attributes = {}) => element(tag, attributes, text);
  const head = element('tr', {}, ...['when', 'format', 'files', 'by', 'written', 'version']
    .map((k) => cell('th', t(`report.import.${k}`))));
  const rows = log.edges.map(({ node: run }) => {
    const w = run.written;
    const written = w ? ['actors', 'ties', 'clusters', 'memberships', 'activities', 'participations']
      .filter((k) => w[k] > 0).map((k) => `${t(`report.import.${k}`)} ${number(w[k])}`).join(', ') || t('report.import.nothing') : '—';
    return element('tr', { 'data-id': run.id }, cell('td', run.startedAt.slice(0, 16).replace('T', ' ') + ' UTC'),
      cell('td', run.format ?? '—'), cell('td', run.files.join(', ') || '—'), cell('td', run.by ?? '—'),
      cell('td', written, { 'data-changed': w ? String(w.changed) : '' }), cell('td', run.dataVersion ?? '—'));
  });
  const table = element('table', { class: 'imports' }, element('thead', {}, head), element('tbody', {}, ...rows));
  const more = log.totalCount > log.edges.length ? [element('p', { class: 'hint' }, t('report.import.more',
    { shown: log.edges.length, total: log.totalCount }))] : [];
  const box = element('div', {}, table, ...more);
  return box;
}

$('print').addEventListener('click', () => window.print());
onLanguageChange(render);
render();
