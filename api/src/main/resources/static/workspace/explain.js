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
  },
});

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
