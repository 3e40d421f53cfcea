// Isolated firms of a cluster (or of every cluster): the firms with an isolation reason, why, and
// whom to introduce them to; sortable, filterable, downloadable as CSV and Excel (the server's files).

import { graphql } from '../common/api.js';
import { showError } from '../common/dom.js';
import { mountHeader } from '../common/header.js';
import { addMessages, language, number, onLanguageChange, t } from '../common/i18n.js';
import { createTable, downloadLinks, filterBox, query, retitle } from '../common/table.js';
import messages from './messages.js';
import { actorPage } from './search.js';
import { markReady } from '../common/ready.js';

addMessages(messages);
mountHeader('isolated');

const $ = (id) => document.getElementById(id);
const REASONS = ['NO_TIES', 'SINGLE_TIE', 'OUTSIDE_MAIN_COMPONENT', 'NO_KNOWLEDGE_SOURCE', 'NO_FINANCIER', 'LOWEST_CORE_SHELL'];
// Ticked at first: the firms cut off or hanging on one tie (almost every firm lacks some kind of partner).
const FIRST_REASONS = ['NO_TIES', 'SINGLE_TIE', 'OUTSIDE_MAIN_COMPONENT'];
// Pages of 100: a page with its candidates stays well under the API's query cost limit.
const PAGE = 100;
const FIRMS = `query Isolated($scope: Scope, $reasons: [IsolationReason!], $after: String) {
  network(scope: $scope) {
    isolatedFirms(first: ${PAGE}, after: $after, reasons: $reasons) {
      totalCount firmsInScope mainComponentSize
      pageInfo { hasNextPage endCursor }
      edges { node {
        actor { id name industry region clusters { id name } }
        reasons partners componentSize
        candidates(first: 2) { actor { id name kind } purpose introducer { id name } }
      } }
    }
  }
}`;

const probe = { loads: 0, rows: null, error: null };
window.kaonetIsolated = probe;
let table = null;
let last = null;

const reasonText = (r) => t(`reason.${r}`);
const clusterId = () => $('cluster').value || null;

const columns = [
  { title: 'isolated.firm', field: 'name', minWidth: 220, formatter: (cell) => link(cell.getRow().getData()),
    exportValue: (r) => `${r.name} ${r.id}` },
  { title: 'isolated.clusters', field: 'clusters', width: 140, exportValue: (r) => r.clusters },
  { title: 'isolated.reasons', field: 'reasonText', minWidth: 200, formatter: 'textarea', exportValue: (r) => r.reasonText },
  { title: 'isolated.partners', field: 'partners', width: 130, hozAlign: 'right', sorter: 'number' },
  { title: 'isolated.group', field: 'componentSize', width: 130, hozAlign: 'right', sorter: 'number', headerTooltip: () => t('isolated.group.term') },
  { title: 'isolated.suggested', field: 'suggested', minWidth: 260, formatter: 'textarea', exportValue: (r) => r.suggested },
];

function link(row) {
  const a = document.createElement('a');
  a.href = actorPage(row.id);
  a.textContent = row.name;
  return a;
}

function rows(firms) {
  return firms.map((f) => ({
    id: f.actor.id,
    name: f.actor.name,
    clusters: f.actor.clusters.map((c) => c.id).join(', '),
    reasons: f.reasons,
    reasonText: f.reasons.map(reasonText).join('; '),
    partners: f.partners,
    componentSize: f.componentSize,
    suggested: f.candidates.map((c) => t('isolated.candidate', { name: c.actor.name, purpose: t(`purpose.${c.purpose}`) })).join('; '),
  }));
}

async function load() {
  const mine = ++probe.loads;
  probe.rows = null; // until this load's rows are shown (the tests wait for them)
  $('summary').textContent = t('common.loading');
  const checked = reasons();
  const scope = clusterId() ? { clusterIds: [clusterId()] } : null;
  const firms = [];
  let after = null;
  let answer;
  do {
    answer = (await graphql(FIRMS, { scope, reasons: checked.length ? checked : null, after })).network.isolatedFirms;
    firms.push(...answer.edges.map((e) => e.node));
    after = answer.pageInfo.hasNextPage ? answer.pageInfo.endCursor : null;
  } while (after);
  if (mine !== probe.loads) return;
  last = { firms, answer };
  show();
}

function reasons() {
  return [...document.querySelectorAll('#reasons input:checked')].map((i) => i.value);
}

function show() {
  const { firms, answer } = last;
  table.replaceData(rows(firms));
  $('summary').textContent = t('isolated.summary', { count: number(answer.totalCount), firms: number(answer.firmsInScope) });
  probe.rows = firms.length;
  markReady();
}

async function start() {
  const clusters = (await graphql('{ clusters { id name } }')).clusters;
  const select = $('cluster');
  select.append(new Option(t('filter.allClusters'), ''));
  for (const c of clusters) select.append(new Option(c.name, c.id));
  const wanted = new URLSearchParams(location.search).get('cluster');
  if (wanted) select.value = wanted;
  for (const r of REASONS) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = r;
    box.checked = FIRST_REASONS.includes(r);
    box.addEventListener('change', () => load().catch(fail));
    const text = document.createElement('span');
    text.dataset.i18n = `reason.${r}`;
    text.textContent = reasonText(r);
    label.append(box, ' ', text);
    $('reasons').append(label);
  }
  table = await createTable($('table'), { columns, height: 'calc(100vh - 15rem)' });
  probe.table = table;
  filterBox($('filter'), table);
  // The server's files of the same firms: the cluster and reasons chosen, in the page's language.
  downloadLinks($('downloads'), (format) => `isolated-firms.${format}?${query({ clusterIds: clusterId(), reasons: reasons(),
    lang: language() })}`, fail);
  select.addEventListener('change', () => load().catch(fail));
  onLanguageChange(() => {
    select.options[0].text = t('filter.allClusters');
    retitle(table);
    if (last) show();
  });
  await load();
}

function fail(error) {
  showError($('page-error'), probe, error);
}

start().catch(fail);
