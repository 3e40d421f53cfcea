// The side panel: the selected actor's figures, keywords and its introduction candidates in plain words.

import { keywordLists } from '../common/dom.js';
import { t } from '../common/i18n.js';
import { reasons, scoreLine } from '../workspace/explain.js';
import { actorPage } from '../workspace/search.js';
import { ACTOR_KINDS } from './style.js';

const $ = (id) => document.getElementById(id);

export function hidePanel() {
  $('panel').hidden = true;
}

/** Shows what the map knows at once; the details (keywords) follow with {@link showDetails}. */
export function showActor(node, { clusterNames, betweennessRank, actorsInScope, betweennessSampled }) {
  $('panel').hidden = false;
  $('panel').dataset.actor = node.id;
  $('panel-name').textContent = node.name;
  const kind = ACTOR_KINDS[node.kind];
  $('panel-kind').innerHTML = '';
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = kind?.colour ?? '#999';
  $('panel-kind').append(swatch, ` ${t(`kind.${node.kind}`)} · ${node.id}`);
  setFigures([
    [t('figure.degree'), node.degree, 'degree'],
    [t(betweennessSampled ? 'figure.betweenness.sampled' : 'figure.betweenness'), t('figure.rank', { value: node.betweenness.toFixed(4), rank: betweennessRank, total: actorsInScope }),
      'betweenness'],
    [t('figure.clusters'), node.clusters.map((c) => clusterNames.get(c) ?? c).join(', ') || '—', 'clusters'],
    [t('figure.industry'), node.industry ?? '—', 'industry'],
    [t('figure.region'), node.region ?? '—', 'region'],
  ]);
  $('panel-keywords').innerHTML = '';
  $('panel-candidates').hidden = true;
}

function setFigures(rows) {
  const dl = $('panel-figures');
  dl.innerHTML = '';
  for (const [label, value, key] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    dd.dataset.figure = key;
    dl.append(dt, dd);
  }
}

/** Adds the actor's keywords and other attributes read with the actor query. */
export function showDetails(actor) {
  if (!actor || $('panel').dataset.actor !== actor.id) return;
  const box = $('panel-keywords');
  box.innerHTML = '';
  const extra = [
    [t('actor.place'), [actor.city, actor.country].filter(Boolean).join(', ')],
    [t('actor.founded'), actor.founded],
    [t('actor.employees'), actor.employees == null ? null : `${actor.employees}${actor.sme ? ` (${t('actor.sme')})` : ''}`],
  ].filter(([, v]) => v != null && v !== '');
  const dl = $('panel-figures');
  dl.querySelectorAll('.detail').forEach((e) => e.remove());
  for (const [label, value] of extra) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    dt.className = 'detail';
    dd.className = 'detail';
    dl.append(dt, dd);
  }
  keywordLists(box, [[t('actor.technologies'), actor.technologies], [t('actor.offers'), actor.offers],
    [t('actor.seeks'), actor.seeks]]);
}

/**
 * Lists the actor's candidates (Query.candidates) with their reasons in plain words, as the actor
 * page does; each name opens the candidate's actor page.
 */
export function showCandidates(actor, candidates) {
  const section = $('panel-candidates');
  if ($('panel').dataset.actor !== actor.id) return;
  const list = section.querySelector('ol');
  list.innerHTML = '';
  section.hidden = false;
  section.querySelector('.more').href = actorPage(actor.id);
  if (candidates.edges.length === 0) {
    const li = document.createElement('li');
    li.textContent = t('table.empty');
    list.append(li);
    return;
  }
  candidates.edges.forEach(({ node }, i) => {
    const li = document.createElement('li');
    li.dataset.candidate = node.target.id;
    const name = document.createElement('a');
    name.href = actorPage(node.target.id);
    name.textContent = node.target.name;
    const rank = document.createElement('span');
    rank.className = 'rank';
    rank.textContent = ` · ${scoreLine(i + 1, candidates.totalCount).rank}`;
    const why = document.createElement('p');
    why.className = 'why';
    why.textContent = reasons(actor, node).map((r) => r.text).join(' ');
    li.append(name, rank, why);
    list.append(li);
  });
}
