// The actor page: profile, partners (ego network), explained introduction candidates, recording an
// introduction in one click and its outcome later. Reached with ?id=<actor id>.

import { graphql, today } from '../common/api.js';
import { keywordLists, showError } from '../common/dom.js';
import { mountHeader } from '../common/header.js';
import { addMessages, number, onLanguageChange, t } from '../common/i18n.js';
import { onViewer } from '../common/session.js';
import { CANDIDATE_FIELDS, RANKING_FIELDS, rankingInUse, reasons, scoreLine } from './explain.js';
import messages from './messages.js';
import { actorPage, actorSearch } from './search.js';
import { egoDrawing } from './ego.js';
import { markReady } from '../common/ready.js';

addMessages(messages);
mountHeader('actor');

const $ = (id) => document.getElementById(id);
const PAGE = 10;
const DIRECTED = ['FINANCING', 'SUPPLY', 'TECHNOLOGY_TRANSFER', 'SPIN_OFF'];
const OUTCOMES = ['JOINT_RESEARCH', 'TECHNOLOGY_TRANSFER', 'FINANCING', 'SUPPLY', 'ALLIANCE', 'SPIN_OFF'];
const COORDINATOR_CHOICE = 'kaonet.coordinator';

const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) { id name kind industry region city country founded employees sme technologies offers seeks clusters { id name } }
}`;
const CANDIDATES = `query Candidates($id: ID!, $first: Int, $after: String) {
  network { candidates(actorId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${CANDIDATE_FIELDS} } }
  } }
}`;
const RANKING = `query Ranking { network { matchmakingRanking { ${RANKING_FIELDS} } } }`;
const COORDINATORS = `query Coordinators {
  actors(filter: { kinds: [COORDINATOR] }, first: 500) { edges { node { id name clusters { id } } } }
}`;
const INTRODUCTIONS = `query Introductions($id: ID!) {
  introductions(actorId: $id, first: 500) {
    totalCount
    edges { node { id date coordinator { id name } source { id name } target { id name } status outcome outcomeDate outcomeInferred note } }
  }
}`;
const RECORD = `mutation Record($input: RecordIntroductionInput!) {
  recordIntroduction(input: $input) { ok error { code message } introduction { id } }
}`;
const OUTCOME = `mutation Outcome($input: RecordOutcomeInput!) {
  recordOutcome(input: $input) { ok error { code message } introduction { id status } }
}`;

const state = {
  id: new URLSearchParams(location.search).get('id'),
  actor: null,
  partners: 0,
  candidates: [],
  total: 0,
  next: null,
  introductions: [],
  viewer: null,
  ego: null,
  ranking: null,
};
// Read by the browser test.
const probe = { ready: false, candidatesShown: 0, rankingShown: false, error: null };
window.kaonetActor = probe;

actorSearch($('actor-search'), $('actor-suggestions'), (a) => location.assign(actorPage(a.id)));
start().catch(fail);

async function start() {
  if (!state.id) {
    $('actor-name').textContent = t('actor.none');
    probe.ready = true;
    return;
  }
  const [data] = await Promise.all([graphql(ACTOR, { id: state.id })]);
  if (!data.actor) {
    $('actor-name').textContent = t('actor.unknown', { id: state.id });
    probe.ready = true;
    return;
  }
  state.actor = data.actor;
  document.title = `Kaonet · ${data.actor.name}`;
  $('on-map').href = `../map/?actor=${encodeURIComponent(state.id)}`;
  const ego = egoDrawing($('ego'), (id) => location.assign(actorPage(id)));
  const [partners] = await Promise.all([showEgo(ego, 1), loadCandidates(), loadIntroductions(), loadRanking()]);
  state.partners = partners;
  $('ego').dataset.radius = '1';
  for (const b of document.querySelectorAll('[data-radius]')) {
    b.addEventListener('click', () => showEgo(ego, Number(b.dataset.radius)).then(() => {
      $('ego').dataset.radius = b.dataset.radius;
    }).catch(fail));
  }
  $('more-candidates').addEventListener('click', () => loadCandidates(true).catch(fail));
  onViewer((v) => {
    state.viewer = v;
    if (v.mayRecordIntroductions) setUpRecording().catch(fail);
    renderCandidates();
    renderIntroductions();
  });
  onLanguageChange(renderAll);
  renderAll();
  probe.ready = true;
  markReady();
}

async function showEgo(ego, radius) {
  state.radius = radius;
  for (const b of document.querySelectorAll('[data-radius]')) b.setAttribute('aria-pressed', String(Number(b.dataset.radius) === radius));
  const shown = await ego.show(state.id, radius);
  state.ego = { radius, ...shown };
  showEgoHint();
  return shown.partners;
}

function renderAll() {
  if (!state.actor) return;
  renderProfile();
  renderCandidates();
  renderIntroductions();
  $('score-explained').textContent = t('score.explained', { a: state.actor.name });
  renderRanking();
  if (state.ego) showEgoHint();
}

async function loadRanking() {
  state.ranking = (await graphql(RANKING)).network.matchmakingRanking;
}

// "Why these candidates": the ranking in use and its figures on the network's own later ties.
function renderRanking() {
  if (!state.ranking) return;
  const r = rankingInUse(state.ranking);
  $('ranking-summary').textContent = r.summary;
  $('ranking-reason').textContent = r.reason;
  $('ranking-weights').textContent = r.weights;
  $('ranking-learnt').textContent = r.learnt;
  $('ranking-provenance').textContent = r.provenance;
  $('ranking-notes').textContent = r.notes.join(' ');
  fillTable($('ranking-figures'), r.rows.map((row) => ({
    marked: row.inUse,
    cells: [row.inUse ? `${row.name} (${t('ranking.inUseMark')})` : row.name, row.precision, row.mrr],
  })));
  $('ranking-weightings-caption').textContent = r.weightingsCaption;
  fillTable($('ranking-weightings'), r.weightings.map((w) => ({
    marked: w.chosen,
    cells: [w.place, w.chosen ? `${w.name} (${t('ranking.chosenMark')})` : w.name, w.mrr],
  })));
  probe.rankingShown = true;
}

/** Fills a table of the "why these candidates" section: rows { marked, cells }; hidden when empty. */
function fillTable(table, rows) {
  const body = table.tBodies[0];
  body.innerHTML = '';
  for (const row of rows) {
    const tr = document.createElement('tr');
    if (row.marked) tr.className = 'in-use';
    for (const text of row.cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  table.hidden = rows.length === 0;
}

function showEgoHint() {
  const { radius, partners, nodes } = state.ego;
  $('ego-hint').textContent = t(radius === 1 ? 'ego.hint1' : 'ego.hint2', { count: number(partners), reach: number(nodes - 1) });
}

function renderProfile() {
  const a = state.actor;
  $('actor-name').textContent = a.name;
  $('actor-kind').textContent = `${t(`kind.${a.kind}`)} · ${a.id}`;
  const rows = [
    ['actor.partners', number(state.partners)],
    ['actor.clusters', a.clusters.map((c) => c.name).join(', ')],
    ['actor.industry', a.industry],
    ['actor.place', [a.city, a.region, a.country].filter(Boolean).join(', ')],
    ['actor.founded', a.founded],
    ['actor.employees', a.employees == null ? null : `${number(a.employees)}${a.sme ? ` (${t('actor.sme')})` : ''}`],
  ].filter(([, v]) => v != null && v !== '');
  const dl = $('actor-figures');
  dl.innerHTML = '';
  for (const [key, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = t(key);
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    dd.dataset.figure = key.split('.')[1];
    dl.append(dt, dd);
  }
  const box = $('actor-keywords');
  box.innerHTML = '';
  keywordLists(box, [[t('actor.technologies'), a.technologies], [t('actor.offers'), a.offers], [t('actor.seeks'), a.seeks]]);
}

async function loadCandidates(more = false) {
  const data = await graphql(CANDIDATES, { id: state.id, first: PAGE, after: more ? state.next : null });
  const c = data.network.candidates;
  if (!more) state.candidates = [];
  state.candidates.push(...c.edges.map((e) => e.node));
  state.total = c.totalCount;
  state.next = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
  if (more) renderCandidates();
}

function renderCandidates() {
  const list = $('candidate-list');
  list.innerHTML = '';
  const actor = { ...state.actor, partners: state.partners };
  state.candidates.forEach((m, i) => {
    const li = document.createElement('li');
    li.dataset.candidate = m.target.id;
    const head = document.createElement('div');
    head.className = 'head';
    const name = document.createElement('a');
    name.className = 'name';
    name.href = actorPage(m.target.id);
    name.textContent = m.target.name;
    const kind = document.createElement('span');
    kind.className = 'hint';
    kind.textContent = t(`kind.${m.target.kind}`);
    const score = scoreLine(i + 1, state.total);
    const rank = document.createElement('span');
    rank.className = 'rank';
    rank.textContent = `${score.rank} · ${score.above}`;
    head.append(name, kind, rank);
    const why = document.createElement('ul');
    why.className = 'why';
    for (const reason of reasons(actor, m)) {
      const item = document.createElement('li');
      item.textContent = reason.text;
      if (reason.term) {
        const term = document.createElement('span');
        term.className = 'term-note hint';
        term.textContent = ` ${reason.term}`;
        item.append(term);
      }
      why.append(item);
    }
    li.append(head, why);
    const done = introducedOn(m.target.id);
    const bar = document.createElement('div');
    bar.className = 'bar';
    if (done) {
      const note = document.createElement('span');
      note.className = 'done';
      note.textContent = t('record.done', { date: done.date });
      bar.append(note);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'primary record';
    button.dataset.needs = 'record';
    button.hidden = !state.viewer?.mayRecordIntroductions;
    button.textContent = t('record.button', { name: m.target.name });
    button.addEventListener('click', () => record(m, button));
    bar.append(button);
    li.append(bar);
    list.append(li);
  });
  $('more-candidates').hidden = !state.next;
  probe.candidatesShown = state.candidates.length;
}

function introducedOn(candidateId) {
  return state.introductions.find((i) => i.source.id === candidateId || i.target.id === candidateId);
}

async function setUpRecording() {
  if ($('coordinator').options.length) return;
  const data = await graphql(COORDINATORS);
  const mine = new Set(state.actor.clusters.map((c) => c.id));
  const people = data.actors.edges.map((e) => e.node)
    .map((p) => ({ ...p, near: p.clusters.some((c) => mine.has(c.id)) }))
    .sort((x, y) => Number(y.near) - Number(x.near) || x.name.localeCompare(y.name));
  const select = $('coordinator');
  for (const p of people) select.append(new Option(p.name, p.id));
  const remembered = localStorage.getItem(COORDINATOR_CHOICE);
  if (remembered && people.some((p) => p.id === remembered)) select.value = remembered;
  select.addEventListener('change', () => localStorage.setItem(COORDINATOR_CHOICE, select.value));
  const date = $('record-date');
  date.value = today();
  date.max = today();
}

async function record(match, button) {
  button.disabled = true; // one click, one introduction
  const message = $('record-message');
  message.className = '';
  message.textContent = '';
  delete message.dataset.code;
  try {
    const input = { coordinatorId: $('coordinator').value, actorIds: [state.id, match.target.id], date: $('record-date').value };
    const data = await graphql(RECORD, { input });
    const answer = data.recordIntroduction;
    if (!answer.ok) {
      showRefusal(message, answer.error);
      button.disabled = false;
      return;
    }
    message.className = 'ok';
    message.textContent = t('record.ok', { a: state.actor.name, b: match.target.name, date: input.date });
    await loadIntroductions();
    renderCandidates();
    renderIntroductions();
  } catch (e) {
    message.className = 'error';
    message.textContent = t('common.error', { message: e.message });
    button.disabled = false;
  }
}

function showRefusal(element, error) {
  element.className = 'error';
  element.dataset.code = error.code;
  const key = `refusal.${error.code}`;
  const text = t(key);
  element.textContent = text === key ? error.message : `${text} (${error.message})`;
}

async function loadIntroductions() {
  const data = await graphql(INTRODUCTIONS, { id: state.id });
  state.introductions = data.introductions.edges.map((e) => e.node).reverse(); // newest first
}

function renderIntroductions() {
  const list = $('introduction-list');
  if (!list || !state.actor) return;
  list.innerHTML = '';
  if (!state.introductions.length) {
    const li = document.createElement('li');
    li.className = 'hint';
    li.textContent = t('introductions.none');
    list.append(li);
    return;
  }
  for (const intro of state.introductions) {
    const li = document.createElement('li');
    li.dataset.introduction = intro.id;
    const other = intro.source.id === state.id ? intro.target : intro.source;
    const line = document.createElement('div');
    const link = document.createElement('a');
    link.href = actorPage(other.id);
    link.textContent = other.name ?? other.id;
    const status = document.createElement('span');
    status.className = `status-${intro.status}`;
    status.textContent = statusText(intro);
    line.append(`${intro.date ?? '—'} · `, link, ' · ', status,
      intro.coordinator ? ` · ${t('introductions.by', { name: intro.coordinator.name })}` : '');
    li.append(line);
    if (intro.status === 'OPEN' && state.viewer?.mayRecordIntroductions) li.append(outcomeForm(intro));
    list.append(li);
  }
}

function statusText(intro) {
  if (intro.status === 'OPEN') return t('status.OPEN');
  if (intro.status === 'NO_COLLABORATION') return t('status.NO_COLLABORATION');
  return t('status.COLLABORATION', { kind: t(`tie.${intro.outcome}`), date: intro.outcomeDate ?? '—' });
}

/** The outcome form of an open introduction: kind, date and, for directed kinds, who gives to whom. */
function outcomeForm(intro) {
  const form = document.createElement('form');
  form.className = 'outcome';
  form.dataset.needs = 'record';
  const [a, b] = [intro.source, intro.target];
  const kind = document.createElement('select');
  kind.name = 'kind';
  kind.append(new Option(t('outcome.choose'), ''));
  for (const k of OUTCOMES) kind.append(new Option(t(`tie.${k}`), k));
  kind.append(new Option(t('outcome.none'), 'NONE'));
  const kindLabel = document.createElement('label');
  kindLabel.append(t('outcome.kind'), ' ', kind);
  const date = document.createElement('input');
  date.type = 'date';
  date.name = 'date';
  date.value = today();
  date.max = today();
  date.min = intro.date ?? '';
  const dateLabel = document.createElement('label');
  dateLabel.append(t('outcome.date'), ' ', date);
  const direction = document.createElement('fieldset');
  direction.hidden = true;
  const legend = document.createElement('legend');
  direction.append(legend);
  for (const [giver, receiver] of [[a, b], [b, a]]) {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'giver';
    radio.value = giver.id;
    const text = document.createElement('span');
    text.dataset.giver = giver.id;
    label.append(radio, ' ', text);
    direction.append(label);
    text.dataset.receiver = receiver.id;
  }
  const refresh = () => {
    const directed = DIRECTED.includes(kind.value);
    direction.hidden = !directed;
    if (!directed) return;
    legend.textContent = t(`direction.${kind.value}.question`);
    for (const span of direction.querySelectorAll('span[data-giver]')) {
      const giver = [a, b].find((x) => x.id === span.dataset.giver);
      const receiver = [a, b].find((x) => x.id === span.dataset.receiver);
      span.textContent = t(`direction.${kind.value}`, { giver: giver.name, receiver: receiver.name });
    }
  };
  kind.addEventListener('change', refresh);
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'primary';
  submit.textContent = t('outcome.submit');
  const message = document.createElement('p');
  message.className = 'message';
  message.setAttribute('role', 'status');
  form.append(kindLabel, dateLabel, direction, submit, message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.className = 'message';
    message.textContent = '';
    if (!kind.value) {
      message.className = 'message error';
      message.textContent = t('outcome.needKind');
      return;
    }
    const giver = form.querySelector('input[name=giver]:checked')?.value;
    if (DIRECTED.includes(kind.value) && !giver) {
      message.className = 'message error';
      message.textContent = t('outcome.needDirection');
      return;
    }
    submit.disabled = true;
    const input = { introductionId: intro.id, date: date.value };
    if (kind.value !== 'NONE') input.collaboration = kind.value;
    if (DIRECTED.includes(kind.value)) input.giverId = giver;
    try {
      const answer = (await graphql(OUTCOME, { input })).recordOutcome;
      if (!answer.ok) {
        showRefusal(message, answer.error);
        message.classList.add('message');
        submit.disabled = false;
        return;
      }
      await loadIntroductions();
      renderIntroductions();
      const done = $('record-message');
      done.className = 'ok';
      done.textContent = t('outcome.ok');
    } catch (e) {
      message.className = 'message error';
      message.textContent = t('common.error', { message: e.message });
      submit.disabled = false;
    }
  });
  return form;
}

function fail(error) {
  showError($('page-error'), probe, error);
  probe.ready = true;
}
