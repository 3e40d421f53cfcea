// The side panel: the selected actor's figures, keywords and (where the server has matchmaking)
// its candidates with their explanations.

import { ACTOR_KINDS } from './style.js';

const $ = (id) => document.getElementById(id);

export function hidePanel() {
  $('panel').hidden = true;
}

/** Shows what the map knows at once; the details (keywords) follow with {@link showDetails}. */
export function showActor(node, { clusterNames, betweennessRank, actorsInScope }) {
  $('panel').hidden = false;
  $('panel').dataset.actor = node.id;
  $('panel-name').textContent = node.name;
  const kind = ACTOR_KINDS[node.kind];
  $('panel-kind').innerHTML = '';
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = kind?.colour ?? '#999';
  $('panel-kind').append(swatch, ` ${kind?.label ?? node.kind} · ${node.id}`);
  setFigures([
    ['Degree', node.degree, 'degree'],
    ['Betweenness', `${node.betweenness.toFixed(4)} (rank ${betweennessRank} of ${actorsInScope})`, 'betweenness'],
    ['Clusters', node.clusters.map((c) => clusterNames.get(c) ?? c).join(', ') || '—', 'clusters'],
    ['Industry', node.industry ?? '—', 'industry'],
    ['Region', node.region ?? '—', 'region'],
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
    ['City', [actor.city, actor.country].filter(Boolean).join(', ')],
    ['Founded', actor.founded],
    ['Employees', actor.employees == null ? null : `${actor.employees}${actor.sme ? ' (SME)' : ''}`],
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
  for (const [label, words] of [['Technologies', actor.technologies], ['Offers', actor.offers], ['Seeks', actor.seeks]]) {
    if (!words?.length) continue;
    const h = document.createElement('h3');
    h.textContent = label;
    const ul = document.createElement('ul');
    ul.className = 'tags';
    for (const w of words) {
      const li = document.createElement('li');
      li.textContent = w;
      ul.append(li);
    }
    box.append(h, ul);
  }
}

/** Lists matchmaking candidates of whatever shape: each item's other actor and its explanation. */
export function showCandidates(selectedId, answer, onPick) {
  const section = $('panel-candidates');
  const list = section.querySelector('ol');
  list.innerHTML = '';
  const items = asItems(answer).slice(0, 10);
  section.hidden = false;
  if (items.length === 0) {
    list.innerHTML = '<li>No candidates.</li>';
    return;
  }
  for (const item of items) {
    const li = document.createElement('li');
    const other = firstActor(item, selectedId);
    const title = document.createElement(other ? 'button' : 'strong');
    title.textContent = other?.name ?? 'candidate';
    if (other) {
      title.type = 'button';
      title.className = 'link';
      title.addEventListener('click', () => onPick(other.id));
    }
    const why = document.createElement('p');
    why.className = 'why';
    why.textContent = explain(item, other);
    li.append(title, why);
    list.append(li);
  }
}

function asItems(answer) {
  if (Array.isArray(answer)) return answer;
  if (answer?.edges) return answer.edges.map((e) => e.node);
  const list = answer && Object.values(answer).find(Array.isArray);
  return list ? asItems(list) : [];
}

function firstActor(value, except) {
  if (!value || typeof value !== 'object') return null;
  if (value.__typename && value.id != null && value.name != null && value.id !== except) return value;
  for (const v of Object.values(value)) {
    const found = Array.isArray(v) ? v.map((x) => firstActor(x, except)).find(Boolean) : firstActor(v, except);
    if (found) return found;
  }
  return null;
}

/** Flattens the item's leaves (except the candidate itself) into "field: value" phrases. */
function explain(item, other) {
  const parts = [];
  const walk = (v, label) => {
    if (v === other || v == null || parts.length >= 8) return;
    if (Array.isArray(v)) {
      const leaves = v.map((x) => (x && typeof x === 'object' ? x.name ?? null : x)).filter((x) => x != null);
      if (leaves.length) parts.push(`${label}: ${leaves.join(', ')}`);
      else v.forEach((x) => walk(x, label));
      return;
    }
    if (typeof v === 'object') {
      if (v.name != null && v.id != null) {
        parts.push(`${label}: ${v.name}`);
        return;
      }
      for (const [k, x] of Object.entries(v)) if (k !== '__typename' && k !== 'id') walk(x, k);
      return;
    }
    parts.push(`${label}: ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v}`);
  };
  for (const [k, x] of Object.entries(item ?? {})) if (k !== '__typename' && k !== 'id') walk(x, k);
  return parts.join(' · ');
}
