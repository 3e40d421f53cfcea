// The cluster dashboard: one column per chosen scope (the whole network, one cluster, several side
// by side) with cohesion figures, KPI charts and what changed; the scorecard of every cluster; the
// detected communities against the declared clusters; downloads. Only the public GraphQL API.

import { graphql } from '../common/api.js';
import { mountHeader } from '../common/header.js';
import { addMessages, onLanguageChange, t, translate } from '../common/i18n.js';
import messages from './messages.js';
import { downloadLinks } from '../common/downloads.js';
import { COHESION, COHESION_READY, COMMUNITIES, SCORECARD, START, changesView, chartLibrary, cohesionTable, communitiesView, countryList, element,
  kpiCharts, loadColumnParts, scopeOf, scorecardView } from './figures.js';
import { followJob } from '../common/jobs.js';
import { viewer } from '../common/session.js';
import { markReady } from '../common/ready.js';

addMessages(messages);
mountHeader('dashboard');
// The chart library loads while the first answers are on their way, not after them.
chartLibrary().catch(() => {});

const state = { ready: false, error: null, draws: 0, columns: [], charts: [] };
window.kaonetDashboard = state;
const $ = (id) => document.getElementById(id);

/** The chosen columns: the whole network (no clusters) and/or single clusters. */
function chosen() {
  return [...document.querySelectorAll('#scope-choice input:checked')]
    .map((box) => ({ clusterIds: box.value ? [box.value] : [], label: box.dataset.label }));
}

function downloads(columns, asOf, period, countries) {
  $('download-links').replaceChildren(...columns.map((column) => {
    const scope = {};
    if (column.clusterIds.length) scope.clusterIds = column.clusterIds;
    if (countries.length) scope.countries = countries;
    if (asOf) scope.asOf = asOf;
    return element('li', { 'data-scope': column.clusterIds.join(',') || 'network' }, `${column.label}: `, ...downloadLinks(scope, period));
  }));
}

/**
 * One column. Its cohesion figures are asked for at once when the API says they answer at once
 * (cohesionReady: cached, or a small scope); otherwise a coordinator follows them as a COHESION job
 * (progress, seconds left, Cancel) while the rest of the column is drawn, and a viewer, who may not
 * start jobs, waits for them as before, told why.
 */
async function drawColumn(column, asOf, from, to, countries, box) {
  const place = element('div', { class: 'cohesion-place' });
  const jobBox = element('div', { class: 'column-job', 'data-job-box': '' });
  jobBox.hidden = true;
  box.append(jobBox, place);
  const scope = scopeOf(column.clusterIds, asOf, countries);
  const { cohesionReady } = (await graphql(COHESION_READY, { scope })).network;
  // The job (or the wait) runs while the rest of the column is asked for and drawn.
  const figures = cohesionOf(scope, cohesionReady, jobBox);
  figures.catch(() => {});
  const answer = await loadColumnParts(column.clusterIds, asOf, from, to, countries);
  column.answer = answer;
  state.charts.push(...await kpiCharts(answer, box));
  box.append(changesView(answer, from, to));
  const cohesion = await figures;
  column.cohesionBy = cohesion.by;
  if (cohesion.figures) {
    answer.network.cohesion = cohesion.figures;
    place.replaceWith(cohesionTable(answer));
  }
}

/** The scope's cohesion figures and how they were obtained: { figures (null when not computed), by }. */
async function cohesionOf(scope, ready, jobBox) {
  const ask = async () => (await graphql(COHESION, { scope })).network.cohesion;
  if (ready) return { figures: await ask(), by: 'at-once' };
  if ((await viewer()).mayRecordIntroductions) {
    const job = await followJob(jobBox, { scope, analysis: 'COHESION' });
    // The job computed the very result network { cohesion } reads: it answers at once.
    return job.state === 'SUCCEEDED' ? { figures: await ask(), by: 'job' } : { figures: null, by: 'job' };
  }
  jobBox.hidden = false;
  jobBox.textContent = t('dash.cohesionSlow');
  const figures = await ask();
  jobBox.hidden = true;
  return { figures, by: 'waiting' };
}

async function draw() {
  const started = performance.now();
  state.ready = false;
  state.error = null;
  $('status').textContent = t('common.loading');
  $('status').className = 'hint';
  state.charts.forEach((c) => c.destroy());
  state.charts = [];
  const asOf = $('as-of').value || null;
  const from = $('from').value;
  const to = $('to').value;
  const period = $('period').value;
  const countries = countryList($('countries').value);
  const columns = chosen();
  state.columns = columns;
  const container = $('columns');
  // The jobs of an earlier drawing are no longer followed (they run on, for the cache).
  for (const box of container.querySelectorAll('[data-job-box]')) box.jobRun = null;
  container.replaceChildren();
  try {
    downloads(columns, asOf, period, countries);
    const clusterIds = columns.flatMap((c) => c.clusterIds);
    const union = columns.some((c) => !c.clusterIds.length) ? {} : { clusterIds };
    if (countries.length) union.countries = countries;
    const jobs = columns.map((column) => {
      const box = element('div', { class: 'column', 'data-scope': column.clusterIds.join(',') || 'network' },
        element('h3', {}, column.label));
      container.append(box);
      return drawColumn(column, asOf, from, to, countries, box);
    });
    if (period) {
      jobs.push(graphql(SCORECARD, { period }).then(async (answer) => {
        state.scorecard = answer;
        state.charts.push(await scorecardView(answer, $('scorecard'), clusterIds));
      }));
    }
    jobs.push(graphql(COMMUNITIES, { scope: union }).then((answer) => {
      state.communities = answer;
      communitiesView(answer, $('communities'));
    }));
    await Promise.all(jobs);
    const report = new URLSearchParams();
    clusterIds.forEach((id) => report.append('cluster', id));
    countries.forEach((c) => report.append('country', c));
    if (asOf) report.set('asOf', asOf);
    if (period) report.set('period', period);
    $('report-link').href = `report.html?${report}`;
    $('status').textContent = '';
    state.draws += 1;
    state.lastDrawMs = performance.now() - started;
    state.ready = true;
    markReady();
  } catch (e) {
    state.error = e.message;
    $('status').textContent = t('common.error', { message: e.message });
    $('status').className = 'error';
  }
}

async function start() {
  try {
    const data = await graphql(START);
    const wanted = new URLSearchParams(location.search).getAll('cluster');
    const choice = $('scope-choice');
    const box = (value, label, checked) => {
      const input = element('input', { type: 'checkbox', value, 'data-label': label });
      input.checked = checked;
      return element('label', {}, input, ` ${label}`);
    };
    const whole = box('', t('dash.whole'), wanted.length === 0);
    whole.querySelector('input').dataset.i18nLabel = 'dash.whole';
    choice.append(whole);
    for (const c of data.clusters) choice.append(box(c.id, c.name, wanted.includes(c.id)));
    $('countries').value = new URLSearchParams(location.search).getAll('country').join(', ');
    const period = $('period');
    for (const p of data.indicatorPeriods) period.append(element('option', { value: p }, p));
    period.value = new URLSearchParams(location.search).get('period') || data.indicatorPeriods.at(-1) || '';
    $('scope-form').addEventListener('submit', (e) => {
      e.preventDefault();
      draw();
    });
    onLanguageChange(() => {
      translate();
      whole.querySelector('input').dataset.label = t('dash.whole');
      whole.lastChild.textContent = ` ${t('dash.whole')}`;
      draw();
    });
    await draw();
    state.firstPaintMs = performance.now();
  } catch (e) {
    state.error = e.message;
    $('status').textContent = t('common.error', { message: e.message });
    $('status').className = 'error';
  }
}

start();
