// Matchmaking candidates in plain words, in Japanese and English: the one place where a candidate's
// facts (Query.candidates → MatchCandidate.explanation) become sentences a coordinator can read
// aloud. The actor page and the map's side panel both use it.

import { addMessages, number, percent, t } from '../common/i18n.js';

addMessages({
  en: {
    'why.shared': '{a} and {b} already work with the same {count} partners: {names}.',
    'why.shared.one': '{a} and {b} already work with the same partner: {names}.',
    'why.introducer': '{introducer} works with both and can introduce them.',
    'why.path': '{introducer} can make the introduction, through {path}.',
    'why.separate.coordinator': '{a} and {b} are in separate parts of the network; {introducer}, a cluster coordinator, can introduce them.',
    'why.separate': '{a} and {b} are in separate parts of the network, and no coordinator of their clusters is known.',
    'why.offers': '{b} is looking for what {a} offers: {words}.',
    'why.seeks': '{b} offers what {a} is looking for: {words}.',
    'why.technologies': 'Both work on {words}.',
    'why.place': 'Both are {facts}.',
    'why.place.region': 'in {region}',
    'why.place.clusters': 'members of {clusters}',
    'why.and': ' and ',
    'why.joins.actor': 'The introduction would bring {a} into the main network.',
    'why.joins.either': 'One of the two is outside the main network; the introduction would bring them in.',
    'why.lessDependent': '{a} would depend less on a single partner: {b} is outside their current circle.',
    'why.more': 'and {count} more',
    'score.rank': 'No. {rank} of {total}',
    'score.above': 'a better match than {share} of the possible partners',
    'score.explained': 'How candidates are ranked: Kaonet looks at every actor not yet working with {a} and scores how well each fits — partners they already share, what one offers and the other seeks, the technologies they share, kinds of actor and industries that often work together here, and how close they are in the network. No. 1 fits best; the percentage says how many of the possible partners fit less well.',
    'term.lessDependent': 'An actor whose partners all know each other depends on that one circle; a partner from outside that circle brings new contacts.',
    'term.mainNetwork': 'The main network: the largest group of actors who are all linked to each other through chains of ties.',
    'ranking.inUse': 'Ranking in use on this network: {name}.',
    'ranking.notFitted': 'It has not yet been judged on this network\'s own history.',
    'ranking.heldOut': 'Judged on the {ties} new ties of {actors} actors from {from} to {until}, predicted from the network before {from}; brackets: 95 % interval.',
    'ranking.stale': 'The data changed after this judgement; a new one follows.',
    'ranking.fitting': 'A new judgement is running.',
    'ranking.column.ranking': 'Ranking',
    'ranking.column.p10': 'Share of the top 10 that became partners (P@10)',
    'ranking.column.mrr': 'Mean reciprocal rank of the first real partner (MRR)',
    'ranking.inUseMark': 'in use',
    'ranking.kind.LEARNT': 'Kaonet, weights learnt from this network\'s history',
    'ranking.kind.BUILT_IN': 'Kaonet, built-in weights',
    'ranking.kind.COMMON_NEIGHBOURS': 'common neighbours (shared partners)',
    'ranking.kind.ADAMIC_ADAR': 'Adamic–Adar (shared partners, selective ones counting more)',
    'ranking.kind.RESOURCE_ALLOCATION': 'resource allocation (shared partners, selective ones counting more)',
    'ranking.kind.PREFERENTIAL_ATTACHMENT': 'preferential attachment (the most connected first)',
    'ranking.kind.RANDOM': 'random order',
  },
  ja: {
    'why.shared': '{a}と{b}は、すでに同じ{count}者と連携しています: {names}。',
    'why.shared.one': '{a}と{b}は、すでに同じ相手と連携しています: {names}。',
    'why.introducer': '{introducer}が両者と連携しており、紹介できます。',
    'why.path': '{introducer}が、{path}を通じて紹介できます。',
    'why.separate.coordinator': '{a}と{b}はネットワーク上でつながっていません。同じクラスターのコーディネータである{introducer}が紹介できます。',
    'why.separate': '{a}と{b}はネットワーク上でつながっておらず、クラスターのコーディネータも登録されていません。',
    'why.offers': '{b}は、{a}が提供できるものを求めています: {words}。',
    'why.seeks': '{b}は、{a}が求めているものを提供できます: {words}。',
    'why.technologies': '両者とも{words}に取り組んでいます。',
    'why.place': '両者とも{facts}です。',
    'why.place.region': '{region}にあり',
    'why.place.clusters': '{clusters}の会員',
    'why.and': '、',
    'why.joins.actor': 'この紹介で、{a}が主要なネットワークにつながります。',
    'why.joins.either': 'どちらか一方が主要なネットワークの外にあり、この紹介でつながります。',
    'why.lessDependent': '{a}が特定の一社に頼る度合いが下がります: {b}は今の連携先の輪の外にいます。',
    'why.more': 'ほか{count}者',
    'score.rank': '{total}件中 {rank}位',
    'score.above': '候補全体の{share}より相性が良い',
    'score.explained': '順位の決め方: {a}とまだ連携していないすべての主体について、相性の良さを点数にしています。共通の連携先、一方が提供し他方が求めるもの、共通の技術、この地域でよく連携する主体の種類や業種、ネットワーク上の近さを見ています。1位が最も相性の良い相手で、百分率は、それより相性の劣る候補の割合です。',
    'term.lessDependent': '連携先どうしが互いに知り合いだと、その一つの輪に頼ることになります。輪の外の相手は新しいつながりをもたらします。',
    'term.mainNetwork': '主要なネットワーク: 連携のつながりをたどって互いに行き来できる、最も大きな主体のまとまり。',
    'ranking.inUse': 'このネットワークで使っている順位付け: {name}。',
    'ranking.notFitted': 'このネットワーク自身の履歴では、まだ検証されていません。',
    'ranking.heldOut': '{from}より前のネットワークから、{from}〜{until}に{actors}者が結んだ新しい連携{ties}件を予測して検証しました。括弧内は95%区間です。',
    'ranking.stale': '検証の後にデータが変わりました。検証をやり直します。',
    'ranking.fitting': '新しい検証を実行中です。',
    'ranking.column.ranking': '順位付け',
    'ranking.column.p10': '上位10件のうち実際に連携した割合（P@10）',
    'ranking.column.mrr': '最初の実際の連携先の順位の逆数の平均（MRR）',
    'ranking.inUseMark': '使用中',
    'ranking.kind.LEARNT': 'Kaonet（このネットワークの履歴から学習した重み）',
    'ranking.kind.BUILT_IN': 'Kaonet（既定の重み）',
    'ranking.kind.COMMON_NEIGHBOURS': '共通の連携先の数',
    'ranking.kind.ADAMIC_ADAR': 'Adamic–Adar（共通の連携先。連携先の少ない相手ほど重く数える）',
    'ranking.kind.RESOURCE_ALLOCATION': 'リソース・アロケーション（共通の連携先。連携先の少ない相手ほど重く数える）',
    'ranking.kind.PREFERENTIAL_ATTACHMENT': '優先的選択（連携先の多い主体から順に）',
    'ranking.kind.RANDOM': '無作為な順序',
  },
});

/** The fields of Network.matchmakingRanking that {@link rankingInUse} reads. */
export const RANKING_FIELDS = `
  ranking fitted stale fitting heldOutPeriod { from until } heldOutActors heldOutTies
  heldOut { ranking precisionAt10 precisionAt10Interval { low high }
            meanReciprocalRank meanReciprocalRankInterval { low high } inUse }`;

const FIGURE = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

function figure(value, interval) {
  return `${number(value, FIGURE)} [${number(interval.low, FIGURE)}, ${number(interval.high, FIGURE)}]`;
}

/**
 * Which ranking orders the candidates and how it did on the network's own later ties:
 * { summary, notes, rows }, rows being { name, precision, mrr, inUse } per ranking judged (empty
 * when the network was never judged).
 */
export function rankingInUse(r) {
  const name = (kind) => t(`ranking.kind.${kind ?? 'RANDOM'}`);
  const notes = [];
  if (!r.fitted) notes.push(t('ranking.notFitted'));
  else {
    const p = r.heldOutPeriod;
    notes.push(t('ranking.heldOut', { ties: number(r.heldOutTies), actors: number(r.heldOutActors), from: p.from, until: p.until }));
  }
  if (r.stale) notes.push(t('ranking.stale'));
  if (r.fitting) notes.push(t('ranking.fitting'));
  return {
    summary: t('ranking.inUse', { name: name(r.ranking) }),
    notes,
    rows: r.heldOut.map((h) => ({
      name: name(h.ranking),
      precision: figure(h.precisionAt10, h.precisionAt10Interval),
      mrr: figure(h.meanReciprocalRank, h.meanReciprocalRankInterval),
      inUse: h.inUse,
    })),
  };
}

/** The fields of a candidate this module reads (a fragment of Network.candidates' MatchCandidate). */
export const CANDIDATE_FIELDS = `
  target { id name kind }
  score
  explanation {
    sharedPartners { id name kind }
    commonNeighbours
    distance
    introductionPath { id name kind }
    introducer { id name kind }
    offersSought seeksOffered sharedTechnologies
    sharedRegion commonClusters { id name }
    constraintBefore constraintAfter
    joinsMainComponent
  }`;

const NAMES = 3;
// A tie that lowers the actor's constraint by less than this share is not worth a sentence.
const NOTABLE_DROP = 0.01;

function list(names) {
  const shown = names.slice(0, NAMES).join(', ');
  return names.length > NAMES ? `${shown} ${t('why.more', { count: names.length - NAMES })}` : shown;
}

/**
 * The reasons for one candidate, most telling first, each { text, term }: term is the one-line
 * explanation of a term of network analysis the sentence uses, or null. {@code actor}: { id, name,
 * partners } (partners: how many partners the actor has now).
 */
export function reasons(actor, match) {
  const e = match.explanation;
  const a = actor.name;
  const b = match.target.name;
  const out = [];
  const say = (text, term = null) => out.push({ text, term });
  if (e.distance === 2 && e.sharedPartners.length) {
    const key = e.sharedPartners.length === 1 ? 'why.shared.one' : 'why.shared';
    say(t(key, { a, b, count: number(e.commonNeighbours), names: list(e.sharedPartners.map((p) => p.name)) }));
    if (e.introducer) say(t('why.introducer', { introducer: e.introducer.name }));
  } else if (e.distance > 2 && e.introducer) {
    say(t('why.path', { introducer: e.introducer.name, path: e.introductionPath.map((p) => p.name).join(' → ') }));
  } else if (e.distance == null) {
    say(e.introducer ? t('why.separate.coordinator', { a, b, introducer: e.introducer.name }) : t('why.separate', { a, b }));
  }
  if (e.offersSought.length) say(t('why.offers', { a, b, words: e.offersSought.join(', ') }));
  if (e.seeksOffered.length) say(t('why.seeks', { a, b, words: e.seeksOffered.join(', ') }));
  if (e.sharedTechnologies.length) say(t('why.technologies', { words: e.sharedTechnologies.join(', ') }));
  const facts = [];
  if (e.sharedRegion) facts.push(t('why.place.region', { region: e.sharedRegion }));
  if (e.commonClusters.length) {
    facts.push(t('why.place.clusters', { clusters: e.commonClusters.map((c) => c.name).join(', ') }));
  }
  if (facts.length) say(t('why.place', { facts: facts.join(t('why.and')) }));
  if (e.joinsMainComponent) {
    say(actor.partners === 0 ? t('why.joins.actor', { a }) : t('why.joins.either'), t('term.mainNetwork'));
  } else if (e.constraintBefore != null && e.constraintAfter < e.constraintBefore * (1 - NOTABLE_DROP)) {
    say(t('why.lessDependent', { a, b }), t('term.lessDependent'));
  }
  return out;
}

/** The candidate's place: "No. 3 of 1,280" and "a better match than 99.8 % of the possible partners". */
export function scoreLine(rank, total) {
  const share = total > 0 ? (total - rank) / total : 0;
  return {
    rank: t('score.rank', { rank: number(rank), total: number(total) }),
    above: t('score.above', { share: percent(share, share > 0.99 ? 1 : 0) }),
  };
}
