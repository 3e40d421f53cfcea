// Highlights of analyses. Each names the GraphQL field of Network it reads and asks it a precise
// question (its arguments, every page of the answer). A toggle is enabled only when its field, with
// the arguments it passes, exists in this server's schema (read by introspection). Servers with
// other field names are read generically: every actor below the field is marked. Isolated actors
// fall back to the degree figures the map already has. Their names and notes are messages
// (highlight.<key>, highlight.note.<key>, highlight.fallback.<key> in messages.js).

import { graphql } from './api.js';
import { collectActors } from './schema.js';

/** How many brokers the broker highlight marks: the first of Network.brokers, by betweenness. */
export const TOP_BROKERS = 20;

/** Page size of the paged answers read in full (the server's maximum). */
const PAGE = 500;

const ACTOR_IDS = '{ edges { node { actor { id } } } pageInfo { hasNextPage endCursor } }';
const TIE_ENDS = '{ edges { node { source { id } target { id } } } pageInfo { hasNextPage endCursor } }';

export const HIGHLIGHTS = [
  {
    key: 'isolated',
    fields: ['isolatedFirms', 'isolatedActors', 'isolated'],
    // Firms cut off from the main network (an isolate is outside it too), every page.
    ask: {
      field: 'isolatedFirms',
      args: { reasons: ['NO_TIES', 'OUTSIDE_MAIN_COMPONENT'] },
      path: [],
      selection: ACTOR_IDS,
      read: (node) => ({ actor: node.actor.id }),
    },
    // Until the analysis exists: actors with no tie in the scope.
    fallback: (graph) => ({ actors: new Set(graph.nodes.filter((n) => n.degree === 0).map((n) => n.id)), pairs: [] }),
    // Marked with a ring rather than by dimming the rest: they are many, and an ego network has none.
    mark: 'ring',
  },
  {
    key: 'brokers',
    fields: ['brokers', 'brokerage'],
    // One page: the brokers field ranks by betweenness, largest first, unless told otherwise.
    ask: {
      field: 'brokers',
      args: { first: TOP_BROKERS },
      path: [],
      selection: '{ edges { node { actor { id } } } }',
      read: (node) => ({ actor: node.actor.id }),
      single: true,
    },
  },
  {
    key: 'bridges',
    fields: ['crossIndustryBridges', 'crossIndustryTies', 'bridges'],
    // Ties crossing an industry or a sector whose removal disconnects their ends, every page.
    ask: {
      field: 'crossIndustryTies',
      args: { role: 'BRIDGE' },
      path: [],
      selection: TIE_ENDS,
      read: (node) => ({ pair: [node.source.id, node.target.id] }),
    },
  },
  {
    key: 'interCluster',
    fields: ['interClusterLinks', 'interClusterTies'],
    // The ties themselves, every page; not the gatekeepers or the cluster pairs also listed there.
    ask: {
      field: 'interClusterLinks',
      args: {},
      path: ['links'],
      selection: TIE_ENDS,
      read: (node) => ({ pair: [node.source.id, node.target.id] }),
    },
  },
];


/**
 * Which highlights this server can answer: each with its precise question, or a generic reading of
 * one of its fields, or its fallback, or unavailable.
 */
export function availability(schema) {
  return HIGHLIGHTS.map((h) => {
    if (h.ask && answers(schema, h.ask)) return { ...h, field: schema.field('Network', h.ask.field), source: 'server' };
    const field = schema.findField('Network', h.fields);
    const selection = field ? schema.selection(field.type) : null;
    if (field && selection != null) return { ...h, ask: null, field, selection, source: 'server' };
    if (h.fallback) return { ...h, ask: null, source: 'client' };
    return { ...h, ask: null, source: 'none' };
  });
}

/** Whether the schema has the question's field with its arguments, and the page's arguments on the paged one. */
function answers(schema, ask) {
  let field = schema.field('Network', ask.field);
  const hasArgs = (f, names) => f && names.every((n) => f.args.some((a) => a.name === n));
  if (!hasArgs(field, Object.keys(ask.args))) return false;
  for (const step of ask.path) {
    const type = unwrapName(field.type);
    field = schema.field(type, step);
    if (!field) return false;
  }
  return ask.single || hasArgs(field, ['first', 'after']);
}

function unwrapName(typeRef) {
  let t = typeRef;
  while (t && (t.kind === 'NON_NULL' || t.kind === 'LIST')) t = t.ofType;
  return t?.name;
}

/** The actors and ties a highlight marks in a scope. */
export async function evaluate(highlight, scope, graph) {
  if (highlight.source === 'client') return highlight.fallback(graph);
  if (highlight.ask) return ask(highlight.ask, scope);
  const data = await graphql(
    `query Highlight($scope: Scope) { network(scope: $scope) { ${highlight.field.name} ${highlight.selection} } }`,
    { scope },
  );
  const answer = data.network[highlight.field.name];
  // A plain list of ids names the actors directly.
  if (highlight.selection === '') return { actors: new Set([answer].flat(Infinity).filter((v) => typeof v === 'string')), pairs: [] };
  return collectActors(answer);
}

/** Runs a highlight's question, page after page unless it is a single page; ties mark their ends too. */
async function ask(question, scope) {
  const literal = (v) => (Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
  const fixed = Object.entries(question.args).map(([k, v]) => `${k}: ${literal(v)}`);
  const paging = question.single ? [] : ['first: $first', 'after: $after'];
  // The paging arguments go on the last field of the path: the field itself or a connection inside it.
  const chain = [question.field, ...question.path];
  let body = question.selection;
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const args = [...(i === 0 ? fixed : []), ...(i === chain.length - 1 ? paging : [])];
    body = `${chain[i]}${args.length ? `(${args.join(', ')})` : ''} ${body}`;
    if (i > 0) body = `{ ${body} }`;
  }
  const variables = question.single ? '' : ', $first: Int, $after: String';
  const query = `query Highlight($scope: Scope${variables}) { network(scope: $scope) { ${body} } }`;

  const actors = new Set();
  const pairs = [];
  let after = null;
  do {
    const data = await graphql(query, question.single ? { scope } : { scope, first: PAGE, after });
    const page = chain.reduce((value, name) => value[name], data.network);
    for (const edge of page.edges) {
      const { actor, pair } = question.read(edge.node);
      if (actor != null) actors.add(actor);
      if (pair) pairs.push(pair);
    }
    after = !question.single && page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after != null);
  return { actors, pairs };
}

/** A way to ask for an actor's matchmaking candidates, or null when the server has none. */
