// What the dashboard and the report draw: the queries they send and the tables and charts they make
// of the answers. Field names are those of the schema files (api/src/main/resources/graphql/).

import { graphql, loadScript } from '../common/api.js';
import { number, percent, t } from '../common/i18n.js';

export const COHESION_FIELDS = ['actors', 'ties', 'density', 'meanDegree', 'components', 'giantComponentShare', 'averageClustering',
  'transitivity', 'meanDistance', 'diameter', 'mainCore', 'meanTwoStepReach', 'isolates'];
export const RATIO_FIELDS = ['industryIndustry', 'industryAcademiaGovernment'];
export const SHARE_FIELDS = new Set(['density', 'giantComponentShare', 'averageClustering', 'transitivity', ...RATIO_FIELDS]);
export const KPI_SHARES = ['density', 'giantComponentShare'];
export const KPI_COUNTS = ['meanDegree', 'isolates', 'ties'];

export const START = '{ clusters { id name } indicatorPeriods }';

/** The cohesion figures of a scope (network { cohesion }), asked for alone once they answer at once. */
export const COHESION = `query Cohesion($scope: Scope) { network(scope: $scope) { cohesion { ${COHESION_FIELDS.join(' ')} } } }`;

/** Part of a column's query: the KPI series and what changed (no dates in the scope). */
const COLUMN_SERIES = `
  series: network(scope: $scope) {
    kpiSeries(periods: PHASES) {
      points { period { label } cohesion { ${[...KPI_SHARES, ...KPI_COUNTS].join(' ')} } collaboration { ${RATIO_FIELDS.join(' ')} } }
    }
    changes(from: $from, to: $to) {
      tiesFormed(first: 10) { totalCount edges { node { source { id name } target { id name } kinds } } }
      tiesEnded(first: 10) { totalCount edges { node { source { id name } target { id name } kinds } } }
      newBrokers(first: 10) { actor { id name } rankBefore rankAfter }
      formerBrokers(first: 10) { actor { id name } rankBefore rankAfter }
      becameIsolated { id name }
      stoppedBeingIsolated { id name }
    }
  }`;

/** One column: a scope's figures as of a day, its KPI series over the policy phases and what changed. */
export const COLUMN = `query Column($asOf: Scope, $scope: Scope, $from: Date!, $to: Date!) {
  network(scope: $asOf) {
    cohesion { ${COHESION_FIELDS.join(' ')} }
    collaborationRatios { overall { ${RATIO_FIELDS.join(' ')} } }
  }
  ${COLUMN_SERIES}
}`;

/** Whether a scope's cohesion figures answer at once (cached, or a small scope). */
export const COHESION_READY = 'query CohesionReady($scope: Scope) { network(scope: $scope) { cohesionReady } }';

/**
 * A column without its cohesion figures, which the dashboard asks for at once only when
 * cohesionReady says they answer at once, and otherwise as a job.
 */
export const COLUMN_PARTS = `query ColumnParts($asOf: Scope, $scope: Scope, $from: Date!, $to: Date!) {
  network(scope: $asOf) {
    collaborationRatios { overall { ${RATIO_FIELDS.join(' ')} } }
  }
  ${COLUMN_SERIES}
}`;

export const SCORECARD = `query Scorecard($period: String!) {
  network { scorecard(period: $period) { period asOf standardization
    clusters { cluster { id } overallIndex grade
      areas { area index indicators { name value unit share index indexMissingBecause networkDerived source } } } } }
}`;

export const COMMUNITIES = `query Communities($scope: Scope) {
  network(scope: $scope) { communities { count modularity
    agreementWithClusters { normalizedMutualInformation adjustedRandIndex comparedActors }
    communities(first: 12) { totalCount edges { node { index size mainCluster { id } mainClusterShare } } } } }
}`;

export function element(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** The actor page of the coordinator workspace. */
export function actorHref(id) {
  return `${new URL('../workspace/actor.html', import.meta.url).href}?id=${encodeURIComponent(id)}`;
}

function shown(field, value) {
  return SHARE_FIELDS.has(field) ? percent(value, 1) : number(value, { maximumFractionDigits: 3 });
}

/** A Scope input: the clusters of a column, the countries (ISO codes) and, when given, a day. */
export function scopeOf(clusterIds, asOf, countries = []) {
  const scope = {};
  if (clusterIds.length) scope.clusterIds = clusterIds;
  if (countries.length) scope.countries = countries;
  if (asOf) scope.asOf = asOf;
  return scope;
}

/** Country codes typed as "JP, DE": upper case, without blanks. */
export function countryList(text) {
  return (text ?? '').split(/[\s,]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
}

export function loadColumn(clusterIds, asOf, from, to, countries = []) {
  return graphql(COLUMN, { asOf: scopeOf(clusterIds, asOf, countries), scope: scopeOf(clusterIds, null, countries), from, to });
}

/** A column without its cohesion figures. */
export function loadColumnParts(clusterIds, asOf, from, to, countries = []) {
  return graphql(COLUMN_PARTS, { asOf: scopeOf(clusterIds, asOf, countries), scope: scopeOf(clusterIds, null, countries), from, to });
}

/** The cohesion figures, each with its one-line explanation. */
export function cohesionTable(answer) {
  const table = element('table', { class: 'cohesion' }, element('thead', {}, element('tr', {},
    element('th', {}, t('dash.figure')), element('th', { class: 'number' }, t('dash.value')), element('th', {}, t('dash.meaning')))));
  const body = element('tbody');
  const values = { ...answer.network.cohesion, ...answer.network.collaborationRatios.overall };
  for (const field of [...COHESION_FIELDS, ...RATIO_FIELDS]) {
    const value = values[field];
    body.append(element('tr', { 'data-field': field },
      element('td', {}, t(`fig.${field}`)),
      element('td', { class: 'number', 'data-value': value == null ? '' : String(value) }, shown(field, value)),
      element('td', { class: 'hint' }, t(`fig.${field}.hint`))));
  }
  table.append(body);
  return table;
}

export async function chartLibrary() {
  await loadScript('../webjars/chart.js/dist/chart.umd.min.js');
  return window.Chart;
}

/** Two charts of the KPI series: shares (drawn 0-1, labelled in %) and counts. Returns the Chart objects. */
export async function kpiCharts(answer, box) {
  const Chart = await chartLibrary();
  const points = answer.series.kpiSeries.points;
  const labels = points.map((p) => p.period.label);
  const shares = element('canvas', { 'data-chart': 'kpi-shares', role: 'img', 'aria-label': t('dash.kpiShares') });
  const counts = element('canvas', { 'data-chart': 'kpi-counts', role: 'img', 'aria-label': t('dash.kpiCounts') });
  box.append(element('h4', {}, t('dash.kpi')), element('div', { class: 'chart' }, shares), element('div', { class: 'chart' }, counts));
  const shareSets = KPI_SHARES.map((f) => ({ key: f, label: t(`fig.${f}`), data: points.map((p) => p.cohesion[f]) }))
    .concat(RATIO_FIELDS.map((f) => ({ key: f, label: t(`fig.${f}`), data: points.map((p) => p.collaboration[f]) })));
  const countSets = KPI_COUNTS.map((f) => ({ key: f, label: t(`fig.${f}`), data: points.map((p) => p.cohesion[f]) }));
  const options = { animation: false, responsive: true, maintainAspectRatio: false };
  return [
    new Chart(shares, { type: 'line', data: { labels, datasets: shareSets }, options: { ...options,
      plugins: { title: { display: true, text: t('dash.kpiShares') },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${percent(c.parsed.y, 1)}` } } },
      scales: { y: { min: 0, max: 1, ticks: { callback: (v) => percent(v) } } } } }),
    new Chart(counts, { type: 'bar', data: { labels, datasets: countSets }, options: { ...options,
      plugins: { title: { display: true, text: t('dash.kpiCounts') } } } }),
  ];
}

function actorLink(id, name) {
  return element('a', { href: actorHref(id), 'data-actor': id }, name || id);
}

function changeList(title, items, total, render) {
  const box = element('div', { class: 'change' }, element('h5', {}, `${title} (${total ?? items.length})`));
  const list = element('ul', { class: 'changes' });
  if (!items.length) list.append(element('li', { class: 'hint' }, t('dash.none')));
  for (const item of items) list.append(element('li', {}, ...render(item)));
  if (total != null && total > items.length) list.append(element('li', { class: 'hint' }, t('dash.more', { count: total - items.length })));
  box.append(list);
  return box;
}

/** What changed between two days, each actor linking to its page. */
export function changesView(answer, from, to) {
  const c = answer.series.changes;
  const pair = (e) => [actorLink(e.node.source.id, e.node.source.name), ' – ', actorLink(e.node.target.id, e.node.target.name),
    ` (${e.node.kinds.map((k) => t(`tie.${k}`)).join(', ')})`];
  const broker = (b) => [actorLink(b.actor.id, b.actor.name), ` (${t('dash.rank', { before: b.rankBefore, after: b.rankAfter })})`];
  return element('div', { class: 'changes-box' }, element('h4', {}, t('dash.changes', { from, to })),
    changeList(t('dash.tiesFormed'), c.tiesFormed.edges, c.tiesFormed.totalCount, pair),
    changeList(t('dash.tiesEnded'), c.tiesEnded.edges, c.tiesEnded.totalCount, pair),
    changeList(t('dash.newBrokers'), c.newBrokers, null, broker),
    changeList(t('dash.formerBrokers'), c.formerBrokers, null, broker),
    changeList(t('dash.becameIsolated'), c.becameIsolated, null, (a) => [actorLink(a.id, a.name)]),
    changeList(t('dash.stoppedBeingIsolated'), c.stoppedBeingIsolated, null, (a) => [actorLink(a.id, a.name)]));
}

/** The scorecard: chart of the indices against 100, table of grades, every indicator with its origin. */
export async function scorecardView(answer, box, highlight = []) {
  const Chart = await chartLibrary();
  const card = answer.network.scorecard;
  const clusters = card.clusters;
  const areas = [...new Set(clusters.flatMap((c) => c.areas.map((a) => a.area)))];
  const canvas = element('canvas', { 'data-chart': 'scorecard', role: 'img', 'aria-label': t('dash.scorecard') });
  box.replaceChildren(element('p', { class: 'hint' }, t('dash.scorecardAsOf',
    { period: card.period, asOf: card.asOf, standardization: card.standardization })),
  element('div', { class: 'chart scorecard-chart' }, canvas));
  const chart = new Chart(canvas, { type: 'bar', data: {
    labels: clusters.map((c) => c.cluster.id),
    datasets: [{ key: 'overall', label: t('dash.overall'), data: clusters.map((c) => c.overallIndex) }]
      .concat(areas.map((a) => ({ key: a, label: a, type: 'line', showLine: false, pointRadius: 4,
        data: clusters.map((c) => c.areas.find((x) => x.area === a)?.index ?? null) }))),
  }, options: { animation: false, responsive: true, maintainAspectRatio: false,
    plugins: { title: { display: true, text: t('dash.scorecard') } } } });
  const grades = element('table', { class: 'grades' }, element('thead', {}, element('tr', {},
    element('th', {}, t('dash.cluster')), element('th', { class: 'number' }, t('dash.overall')), element('th', {}, t('dash.grade')),
    ...areas.map((a) => element('th', { class: 'number' }, a)))));
  const gradeBody = element('tbody');
  for (const c of clusters) {
    gradeBody.append(element('tr', { 'data-cluster': c.cluster.id, class: highlight.includes(c.cluster.id) ? 'chosen' : null },
      element('td', {}, c.cluster.id),
      element('td', { class: 'number', 'data-value': String(c.overallIndex) }, number(c.overallIndex, { maximumFractionDigits: 1 })),
      element('td', { 'data-grade': c.grade ?? '' }, c.grade ?? '—'),
      ...areas.map((a) => element('td', { class: 'number' }, number(c.areas.find((x) => x.area === a)?.index ?? null,
        { maximumFractionDigits: 1 })))));
  }
  grades.append(gradeBody);
  const indicators = element('table', { class: 'indicators' }, element('thead', {}, element('tr', {},
    element('th', {}, t('dash.cluster')), element('th', {}, t('dash.area')), element('th', {}, t('dash.indicator')),
    element('th', { class: 'number' }, t('dash.value')), element('th', {}, t('dash.unit')),
    element('th', { class: 'number' }, t('dash.index')), element('th', {}, t('dash.origin')))));
  const body = element('tbody');
  for (const c of clusters.filter((x) => !highlight.length || highlight.includes(x.cluster.id))) {
    for (const a of c.areas) {
      for (const i of a.indicators) {
        body.append(element('tr', { 'data-cluster': c.cluster.id, 'data-indicator': i.name },
          element('td', {}, c.cluster.id), element('td', {}, a.area), element('td', {}, i.name),
          element('td', { class: 'number', 'data-value': String(i.value) },
            i.share != null ? percent(i.share, 1) : number(i.value, { maximumFractionDigits: 2 })),
          element('td', {}, i.unit ?? ''),
          i.index != null ? element('td', { class: 'number' }, number(i.index, { maximumFractionDigits: 1 }))
            : element('td', { class: 'missing', 'data-missing': i.indexMissingBecause ?? '' },
              t('dash.noIndex', { reason: t(`dash.reason.${i.indexMissingBecause}`) })),
          element('td', { class: i.networkDerived ? 'origin-computed' : 'origin-imported', 'data-origin': i.networkDerived ? 'computed' : 'imported' },
            i.networkDerived ? t('dash.computed') : t('dash.imported', { source: i.source ?? '' }))));
      }
    }
  }
  indicators.append(body);
  box.append(grades, indicators);
  return chart;
}

/** Detected communities against the declared clusters. */
export function communitiesView(answer, box) {
  const c = answer.network.communities;
  const a = c.agreementWithClusters;
  const row = (key, value, text) => element('tr', { 'data-figure': key },
    element('td', {}, t(`dash.${key}`)), element('td', { class: 'number', 'data-value': value == null ? '' : String(value) }, text));
  const table = element('table', { class: 'communities' }, element('thead', {}, element('tr', {},
    element('th', {}, t('dash.community')), element('th', { class: 'number' }, t('dash.size')),
    element('th', {}, t('dash.dominant')), element('th', { class: 'number' }, t('dash.dominantShare')))));
  const body = element('tbody');
  for (const e of c.communities.edges) {
    const n = e.node;
    body.append(element('tr', { 'data-community': n.index }, element('td', {}, n.index), element('td', { class: 'number' }, n.size),
      element('td', {}, n.mainCluster?.id ?? '—'), element('td', { class: 'number' }, percent(n.mainClusterShare, 1))));
  }
  table.append(body);
  box.replaceChildren(element('table', { class: 'agreement' }, element('tbody', {},
    row('count', c.count, number(c.count)),
    row('modularity', c.modularity, number(c.modularity, { maximumFractionDigits: 3 })),
    row('nmi', a.normalizedMutualInformation, number(a.normalizedMutualInformation, { maximumFractionDigits: 3 })),
    row('ari', a.adjustedRandIndex, number(a.adjustedRandIndex, { maximumFractionDigits: 3 })))), table);
}
