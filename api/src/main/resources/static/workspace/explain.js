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
    'ranking.decision.NOT_FITTED': 'Why: no ranking has been fitted on this network\'s own history yet, so the built-in weights are used.',
    'ranking.decision.LEARNT_BEAT_EVERY_OTHER': 'Why: the weights learnt from this network\'s history beat the built-in weights and every simple rule on the later period set aside for judging, so they are used.',
    'ranking.decision.BEST_OF_THE_OTHERS': 'Why: the learnt weights did not beat {others} on the later period set aside for judging; {best} found the real new partners best there (MRR {mrr}), so it is used.',
    'ranking.decision.TOO_LITTLE_HISTORY': 'Why: too few actors formed new ties in the two periods ({fit} and {heldOut}; 20 each are needed) to judge learnt weights, so the built-in weights are used.',
    'ranking.learnt': 'How the learnt weights were found: from the {ties} new ties that {actors} actors formed from {from} to {until}, Kaonet tried {count} ways of weighting the parts, each checked on actors it had not learnt from ({folds} rounds); the best was {weighting} (MRR {mrr}).',
    'ranking.provenance': 'Fitted on data version {version}, {date}.',
    'ranking.weights': 'What counts most in the ranking in use: {parts}.',
    'ranking.weight': '{part} ({weight})',
    'ranking.list': ', ',
    'ranking.weightings.caption': 'The ways of weighting tried, best first ({shown} of {total}), by their MRR on actors left out while learning',
    'ranking.column.place': 'Place',
    'ranking.column.weighting': 'Weighting',
    'ranking.column.cvMrr': 'MRR on actors left out',
    'ranking.chosenMark': 'chosen',
    'weighting.CONDITIONAL_LOGIT': 'a statistical model of who chose whom (conditional logit, λ {penalty})',
    'weighting.PART_ALONE': '{part} alone',
    'weighting.BUILT_IN': 'the built-in weights',
    'weighting.BLEND': '{anchor} combined with a statistical model of who chose whom (conditional logit, λ {penalty}; the model\'s share {share})',
    'part.structural': 'shared partners',
    'part.community': 'same community',
    'part.activity': 'how many partners (log scale)',
    'part.kinds': 'kinds of actor that often work together',
    'part.industries': 'industries that often work together',
    'part.keywords': 'matching offers, needs and technologies',
    'part.distance': 'closeness in the network',
    'part.region': 'same region',
    'part.cluster': 'a common cluster',
    'part.structuralValue': 'less dependence on one circle of partners',
    'part.degree': 'how many partners (linear scale)',
    'part.recency': 'partners gained lately',
    'part.countries': 'countries that often work together',
    'part.participations': 'projects taken part in',
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
    'ranking.decision.NOT_FITTED': '理由: このネットワーク自身の履歴で順位付けをまだ学習していないため、既定の重みを使っています。',
    'ranking.decision.LEARNT_BEAT_EVERY_OTHER': '理由: このネットワークの履歴から学習した重みが、検証用に取り分けた後の期間で、既定の重みとすべての単純な方法を上回ったため、学習した重みを使っています。',
    'ranking.decision.BEST_OF_THE_OTHERS': '理由: 検証用に取り分けた後の期間で、学習した重みは{others}を上回りませんでした。その期間に実際の新しい連携先を最もよく当てたのは{best}（MRR {mrr}）なので、これを使っています。',
    'ranking.decision.TOO_LITTLE_HISTORY': '理由: 二つの期間に新しい連携を結んだ主体が少なすぎて（{fit}者と{heldOut}者。それぞれ20者が必要）、学習した重みを判定できないため、既定の重みを使っています。',
    'ranking.learnt': '学習した重みの求め方: {from}〜{until}に{actors}者が結んだ新しい連携{ties}件から、要素の重み付けを{count}通り試し、それぞれを学習に使わなかった主体で確かめました（{folds}回）。最も良かったのは{weighting}（MRR {mrr}）です。',
    'ranking.provenance': 'データ版{version}で学習（{date}）。',
    'ranking.weights': '使用中の順位付けで重視している要素: {parts}。',
    'ranking.weight': '{part}（{weight}）',
    'ranking.list': '、',
    'ranking.weightings.caption': '試した重み付け（良い順、{total}通り中{shown}通り）。学習に使わなかった主体でのMRR',
    'ranking.column.place': '順位',
    'ranking.column.weighting': '重み付け',
    'ranking.column.cvMrr': '学習に使わなかった主体でのMRR',
    'ranking.chosenMark': '採用',
    'weighting.CONDITIONAL_LOGIT': '誰が誰を選んだかの統計モデル（条件付きロジット、λ {penalty}）',
    'weighting.PART_ALONE': '{part}のみ',
    'weighting.BUILT_IN': '既定の重み',
    'weighting.BLEND': '{anchor}と、誰が誰を選んだかの統計モデル（条件付きロジット、λ {penalty}、モデルの割合 {share}）の組み合わせ',
    'part.structural': '共通の連携先',
    'part.community': '同じコミュニティ',
    'part.activity': '連携先の多さ（対数）',
    'part.kinds': 'よく連携する主体の種類どうし',
    'part.industries': 'よく連携する業種どうし',
    'part.keywords': '提供・ニーズ・技術の一致',
    'part.distance': 'ネットワーク上の近さ',
    'part.region': '同じ地域',
    'part.cluster': '共通のクラスター',
    'part.structuralValue': '特定の連携の輪への依存の軽減',
    'part.degree': '連携先の数（線形）',
    'part.recency': '最近増えた連携先',
    'part.countries': 'よく連携する国どうし',
    'part.participations': '参加したプロジェクト数',
  },
});

/** The fields of Network.matchmakingRanking that {@link rankingInUse} reads. */
/** How many candidate weightings the table lists. */
const WEIGHTINGS_SHOWN = 5;
const WEIGHTING_FIELDS = `name kind part penalty logitShare meanReciprocalRank rank chosen`;

export const RANKING_FIELDS = `
  ranking fitted stale fitting heldOutPeriod { from until } heldOutActors heldOutTies
  heldOut { ranking precisionAt10 precisionAt10Interval { low high }
            meanReciprocalRank meanReciprocalRankInterval { low high } inUse beatenByLearnt }
  decision dataVersion fittedAt fitPeriod { from until } fitActors fitTies weights { part weight }
  crossValidation { folds totalCount
    chosen { ${WEIGHTING_FIELDS} }
    weightings(first: ${WEIGHTINGS_SHOWN}) { ${WEIGHTING_FIELDS} } }`;

const FIGURE = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

function figure(value, interval) {
  return `${number(value, FIGURE)} [${number(interval.low, FIGURE)}, ${number(interval.high, FIGURE)}]`;
}

/**
 * Which ranking orders the candidates, why, how its weights were found and how it did on the
 * network's own later ties: { summary, reason, learnt, provenance, weights, notes, rows, weightings,
 * weightingsCaption }; rows are { name, precision, mrr, inUse } per ranking judged and weightings
 * { place, name, mrr, chosen } per candidate weighting shown (both empty when the network was
 * never fitted; learnt and provenance then empty too).
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
  const cv = r.crossValidation;
  const fit = r.fitPeriod;
  return {
    summary: t('ranking.inUse', { name: name(r.ranking) }),
    reason: decision(r, name),
    learnt: cv ? t('ranking.learnt', {
      ties: number(r.fitTies), actors: number(r.fitActors), from: fit.from, until: fit.until,
      count: number(cv.totalCount), folds: number(cv.folds), weighting: weightingName(cv.chosen),
      mrr: number(cv.chosen.meanReciprocalRank, FIGURE),
    }) : '',
    provenance: r.fitted ? t('ranking.provenance', { version: number(r.dataVersion), date: r.fittedAt.slice(0, 10) }) : '',
    weights: t('ranking.weights', { parts: heaviest(r.weights) }),
    notes,
    rows: r.heldOut.map((h) => ({
      name: name(h.ranking),
      precision: figure(h.precisionAt10, h.precisionAt10Interval),
      mrr: figure(h.meanReciprocalRank, h.meanReciprocalRankInterval),
      inUse: h.inUse,
    })),
    weightings: cv ? cv.weightings.map((w) => ({
      place: number(w.rank), name: weightingName(w), mrr: number(w.meanReciprocalRank, FIGURE), chosen: w.chosen,
    })) : [],
    weightingsCaption: cv ? t('ranking.weightings.caption', { shown: number(cv.weightings.length), total: number(cv.totalCount) }) : '',
  };
}

const HEAVIEST = 3;

/** The parts that weigh most in the ranking in use, in words with their weights. */
function heaviest(weights) {
  return weights.filter((w) => w.weight > 0).sort((a, b) => b.weight - a.weight).slice(0, HEAVIEST)
    .map((w) => t('ranking.weight', { part: t(`part.${w.part}`), weight: number(w.weight, FIGURE) }))
    .join(t('ranking.list'));
}

/** The reason the ranking in use was chosen, in plain words. */
function decision(r, name) {
  const key = `ranking.decision.${r.decision}`;
  if (r.decision === 'BEST_OF_THE_OTHERS') {
    const inUse = r.heldOut.find((h) => h.inUse);
    const others = r.heldOut.filter((h, i) => i > 0 && !h.beatenByLearnt).map((h) => name(h.ranking));
    return t(key, { others: others.join(t('ranking.list')), best: name(r.ranking), mrr: number(inUse.meanReciprocalRank, FIGURE) });
  }
  if (r.decision === 'TOO_LITTLE_HISTORY') return t(key, { fit: number(r.fitActors), heldOut: number(r.heldOutActors) });
  return t(key);
}

/** A candidate weighting of the fit in words. */
function weightingName(w) {
  const part = w.part ? t(`part.${w.part}`) : null;
  return t(`weighting.${w.kind}`, {
    part,
    anchor: part ?? t('weighting.BUILT_IN'),
    penalty: number(w.penalty ?? 0),
    share: number(w.logitShare ?? 0, { maximumFractionDigits: 2 }),
  });
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
