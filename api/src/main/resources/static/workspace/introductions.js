// The introduction log and each coordinator's results, filtered by cluster, coordinator and period,
// with a chart of introductions per year and how many became collaborations; CSV and Excel downloads.

import { graphql, loadScript } from '../common/api.js';
import { showError } from '../common/dom.js';
import { mountHeader } from '../common/header.js';
import { addMessages, language, number, onLanguageChange, percent, t } from '../common/i18n.js';
import { createTable, downloadLinks, query, retitle } from '../common/table.js';
import messages from './messages.js';
import { actorPage } from './search.js';
import { markReady } from '../common/ready.js';

addMessages(messages);
mountHeader('introductions');

const $ = (id) => document.getElementById(id);
const PAGE = 500;
const LOG = `query Log($cluster: ID, $coordinator: ID, $from: Date, $to: Date, $after: String) {
  introductions(clusterId: $cluster, coordinatorId: $coordinator, from: $from, to: $to, first: ${PAGE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id date coordinator { id name } coordinatorInferred source { id name } target { id name } status outcome outcomeDate daysToOutcome } }
  }
}`;
const RESULTS = `query Results($cluster: ID, $coordinator: ID, $from: Date, $to: Date) {
  coordinatorIntroductions(clusterId: $cluster, coordinatorId: $coordinator, from: $from, to: $to) {
    coordinator { id name } introductions collaborations noCollaboration open collaborationShare medianDaysToCollaboration
  }
}`;
const CHOICES = `{ clusters { id name } actors(filter: { kinds: [COORDINATOR] }, first: 500) { edges { node { id name } } } }`;

const probe = { loads: 0, rows: null, results: null, error: null };
window.kaonetLog = probe;
let logTable;
let resultsTable;
let chart;
let last;

const link = (id, name) => {
  const a = document.createElement('a');
  a.href = actorPage(id);
  a.textContent = name ?? id;
  return a;
};

function filters() {
  return { cluster: $('cluster').value || null, coordinator: $('coordinator').value || null,
    from: $('from').value || null, to: $('to').value || null };
}

function statusText(i) {
  if (i.status === 'COLLABORATION') return t('status.COLLABORATION', { kind: t(`tie.${i.outcome}`), date: i.outcomeDate ?? '—' });
  return t(`status.${i.status}`);
}

// The filters of the tables shown (the form may have changed since).
let shown = {};

async function load() {
  const mine = ++probe.loads;
  probe.rows = null; // until this load's rows are shown (the tests wait for them)
  const f = filters();
  const entries = [];
  let after = null;
  let page;
  const results = graphql(RESULTS, f);
  do {
    page = (await graphql(LOG, { ...f, after })).introductions;
    entries.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const records = (await results).coordinatorIntroductions;
  if (mine !== probe.loads) return;
  shown = f;
  probe.filters = f;
  last = { entries, records, total: page.totalCount };
  show();
}

function show() {
  const { entries, records, total } = last;
  logTable.replaceData(entries.map((i) => ({
    id: i.id, date: i.date, coordinatorId: i.coordinator?.id, coordinator: i.coordinator?.name ?? '—',
    inferred: i.coordinatorInferred, firstId: i.source.id, first: i.source.name,
    secondId: i.target.id, second: i.target.name, status: statusText(i), days: i.daysToOutcome,
  })));
  resultsTable.replaceData(records.map((r) => ({
    id: r.coordinator.id, name: r.coordinator.name, introductions: r.introductions, collaborations: r.collaborations,
    share: r.collaborationShare, noCollaboration: r.noCollaboration, open: r.open, median: r.medianDaysToCollaboration,
  })));
  $('log-summary').textContent = t('log.summary', { count: number(total) });
  drawChart(entries);
  probe.rows = entries.length;
  probe.results = records.length;
  markReady();
}

/** Introductions per year, split by what came of them. */
async function drawChart(entries) {
  await loadScript('../webjars/chart.js/dist/chart.umd.min.js');
  const years = new Map();
  for (const i of entries) {
    if (!i.date) continue;
    const y = i.date.slice(0, 4);
    const row = years.get(y) ?? { COLLABORATION: 0, NO_COLLABORATION: 0, OPEN: 0 };
    row[i.status] += 1;
    years.set(y, row);
  }
  const labels = [...years.keys()].sort();
  const dataset = (status, colour) => ({ label: t(`chart.${status}`), data: labels.map((y) => years.get(y)[status]),
    backgroundColor: colour, stack: 'all' });
  const data = { labels, datasets: [dataset('COLLABORATION', '#1d7a45'), dataset('NO_COLLABORATION', '#b0b8c0'), dataset('OPEN', '#7fa7d1')] };
  if (chart) {
    chart.data = data;
    chart.update();
    return;
  }
  chart = new window.Chart($('chart'), { type: 'bar', data, options: { animation: false, maintainAspectRatio: false,
    scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
  window.kaonetLogChart = chart;
}

async function start() {
  const choices = await graphql(CHOICES);
  $('cluster').append(new Option(t('filter.allClusters'), ''));
  for (const c of choices.clusters) $('cluster').append(new Option(c.name, c.id));
  $('coordinator').append(new Option(t('filter.allCoordinators'), ''));
  for (const e of choices.actors.edges.slice().sort((a, b) => a.node.name.localeCompare(b.node.name))) {
    $('coordinator').append(new Option(e.node.name, e.node.id));
  }
  const params = new URLSearchParams(location.search);
  for (const key of ['cluster', 'coordinator', 'from', 'to']) if (params.get(key)) $(key).value = params.get(key);

  resultsTable = await createTable($('results'), { height: '16rem', columns: [
    { title: 'log.coordinator', field: 'name', minWidth: 140, formatter: (c) => link(c.getRow().getData().id, c.getValue()) },
    { title: 'log.introductions', field: 'introductions', hozAlign: 'right', sorter: 'number', width: 145 },
    { title: 'log.collaborations', field: 'collaborations', hozAlign: 'right', sorter: 'number', width: 155 },
    { title: 'log.share', field: 'share', hozAlign: 'right', sorter: 'number', width: 95, formatter: (c) => percent(c.getValue()) },
    { title: 'log.median', field: 'median', hozAlign: 'right', sorter: 'number', width: 120, headerTooltip: () => t('log.median.term'),
      formatter: (c) => (c.getValue() == null ? '—' : number(c.getValue())) },
    { title: 'log.open', field: 'open', hozAlign: 'right', sorter: 'number', width: 95 },
  ] });
  logTable = await createTable($('log'), { height: '24rem', columns: [
    { title: 'log.date', field: 'date', width: 110 },
    { title: 'log.coordinator', field: 'coordinator', minWidth: 150 },
    { title: 'log.first', field: 'first', minWidth: 180, formatter: (c) => link(c.getRow().getData().firstId, c.getValue()) },
    { title: 'log.second', field: 'second', minWidth: 180, formatter: (c) => link(c.getRow().getData().secondId, c.getValue()) },
    { title: 'log.status', field: 'status', minWidth: 170 },
    { title: 'log.days', field: 'days', hozAlign: 'right', sorter: 'number', width: 130 },
  ] });
  probe.log = logTable;
  probe.resultsTable = resultsTable;
  // The server's files of the same tables: the filters shown (as last applied), in the page's language.
  const file = (table) => (format) => `${table}.${format}?${query({ clusterId: shown.cluster, coordinatorId: shown.coordinator,
    from: shown.from, to: shown.to, lang: language() })}`;
  downloadLinks($('results-downloads'), file('coordinator-results'), fail);
  downloadLinks($('log-downloads'), file('introductions'), fail);
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    load().catch(fail);
  });
  onLanguageChange(() => {
    $('cluster').options[0].text = t('filter.allClusters');
    $('coordinator').options[0].text = t('filter.allCoordinators');
    retitle(logTable);
    retitle(resultsTable);
    if (chart) {
      chart.destroy();
      chart = null;
    }
    if (last) show();
  });
  await load();
}

function fail(error) {
  showError($('page-error'), probe, error);
}

start().catch(fail);
