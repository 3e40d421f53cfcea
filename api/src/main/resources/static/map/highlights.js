// Highlights of analyses: each names the GraphQL fields of Network it can use. A toggle is enabled
// only when one of its fields exists in this server's schema; isolated actors fall back to the
// degree figures the map already has.

import { graphql } from './api.js';
import { collectActors } from './schema.js';

export const HIGHLIGHTS = [
  {
    key: 'isolated',
    label: 'Isolated actors',
    fields: ['isolatedFirms', 'isolatedActors', 'isolated'],
    // Until the analysis exists: actors with no tie in the scope.
    fallback: (graph) => ({ actors: new Set(graph.nodes.filter((n) => n.degree === 0).map((n) => n.id)), pairs: [] }),
    fallbackNote: 'no tie in scope',
    // Marked with a ring rather than by dimming the rest: they are many, and an ego network has none.
    mark: 'ring',
  },
  { key: 'brokers', label: 'Brokers', fields: ['brokers', 'brokerage'] },
  { key: 'bridges', label: 'Cross-industry bridges', fields: ['crossIndustryBridges', 'crossIndustryTies', 'bridges'] },
  { key: 'interCluster', label: 'Inter-cluster links', fields: ['interClusterLinks', 'interClusterTies'] },
];

/** Candidate fields for matchmaking: on Network with an actor id argument, or on Actor. */
export const MATCHMAKING = {
  networkFields: ['candidates', 'matchmakingCandidates', 'matchmaking', 'introductionCandidates'],
  actorFields: ['candidates', 'matchmakingCandidates'],
  idArgs: ['actorId', 'actor', 'id'],
};

/** Which highlights this server can answer: each with its field, or its fallback, or unavailable. */
export function availability(schema) {
  return HIGHLIGHTS.map((h) => {
    const field = schema.findField('Network', h.fields);
    const selection = field ? schema.selection(field.type) : null;
    if (field && selection != null) return { ...h, field, selection, source: 'server' };
    if (h.fallback) return { ...h, source: 'client' };
    return { ...h, source: 'none' };
  });
}

/** The actors and ties a highlight marks in a scope. */
export async function evaluate(highlight, scope, graph) {
  if (highlight.source === 'client') return highlight.fallback(graph);
  const data = await graphql(
    `query Highlight($scope: Scope) { network(scope: $scope) { ${highlight.field.name} ${highlight.selection} } }`,
    { scope },
  );
  const answer = data.network[highlight.field.name];
  // A plain list of ids names the actors directly.
  if (highlight.selection === '') return { actors: new Set([answer].flat(Infinity).filter((v) => typeof v === 'string')), pairs: [] };
  return collectActors(answer);
}

/** A way to ask for an actor's matchmaking candidates, or null when the server has none. */
export function matchmakingQuery(schema) {
  for (const name of MATCHMAKING.networkFields) {
    const field = schema.field('Network', name);
    if (!field) continue;
    const idArg = field.args.find((a) => MATCHMAKING.idArgs.includes(a.name));
    const others = field.args.filter((a) => a !== idArg && a.type.kind === 'NON_NULL' && a.defaultValue == null);
    const selection = schema.selection(field.type);
    if (idArg && others.length === 0 && selection) {
      return {
        field: name,
        run: (scope, id) =>
          graphql(`query Candidates($scope: Scope, $id: ID!) { network(scope: $scope) { ${name}(${idArg.name}: $id) ${selection} } }`,
            { scope, id }).then((d) => d.network[name]),
      };
    }
  }
  const field = schema.findField('Actor', MATCHMAKING.actorFields);
  const selection = field ? schema.selection(field.type) : null;
  if (field && selection) {
    return {
      field: field.name,
      run: (_scope, id) =>
        graphql(`query Candidates($id: ID!) { actor(id: $id) { ${field.name} ${selection} } }`, { id })
          .then((d) => d.actor?.[field.name]),
    };
  }
  return null;
}
