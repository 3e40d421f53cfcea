// A print-ready report of one cluster, several, or the whole network: the dashboard's figures,
// charts and tables in one column, method notes and provenance. Print it (or save it as PDF) from
// the browser; the print stylesheet keeps every chart and table row whole on a page.

import { graphql } from '../common/api.js';
import { mountHeader } from '../common/header.js';
import { addMessages, onLanguageChange, t } from '../common/i18n.js';
import messages from './messages.js';
import { reportHref } from '../common/downloads.js';
import { COMMUNITIES, SCORECARD, START, changesView, cohesionTable, communitiesView, element, kpiCharts, loadColumn,
  scorecardView } from './figures.js';

addMessages(messages);
mountHeader('dashboard');

const state = { ready: false, error: null, charts: [] };
window.kaonetReport = state;
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

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
    const [column, communities] = await Promise.all([loadColumn(clusterIds, asOf, from, to, countries),
      graphql(COMMUNITIES, { scope: communityScope })]);
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
    $('status').textContent = '';
    state.ready = true;
  } catch (e) {
    state.error = e.message;
    $('status').textContent = t('common.error', { message: e.message });
    $('status').className = 'error';
  }
}

$('print').addEventListener('click', () => window.print());
onLanguageChange(render);
render();
