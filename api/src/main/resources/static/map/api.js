// The page's only way to the data: the public GraphQL endpoint, like any other front end.

import { CANDIDATE_FIELDS } from '../workspace/explain.js';

export { graphql } from '../common/api.js';

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

/** Every object type with its fields and their arguments: tells the page which analyses exist. */
export const SCHEMA = `{
  __schema {
    types {
      name kind
      enumValues { name }
      fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
    }
  }
}`;

export const CLUSTERS = '{ clusters { id name } }';

const GRAPH_FIELDS = `
  nodes { actor { id name kind industry region country } memberOf { id } degree betweenness x y }
  ties { sourceId targetId kinds weight since }
  width height betweenness { sampled pivots }`;

/**
 * The page's drawing of a NetworkGraph answer: each node is its actor's figures (id, name, kind,
 * industry, region, country) with its cluster ids, degree, betweenness and position; each tie names
 * its ends by id as source and target, as the drawing library takes them; betweenness says whether the
 * nodes' betweenness is exact or sampled. Null stays null.
 */
export function drawingOf(graph) {
  if (!graph) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map(({ actor, memberOf, ...figures }) =>
      ({ ...actor, actor, clusters: memberOf.map((c) => c.id), ...figures })),
    ties: graph.ties.map(({ sourceId, targetId, ...tie }) => ({ source: sourceId, target: targetId, ...tie })),
  };
}

export const GRAPH = `query Map($scope: Scope) {
  network(scope: $scope) { summary { actors ties density } graph { ${GRAPH_FIELDS} } }
}`;

export const EGO = `query Ego($scope: Scope, $id: ID!, $radius: Int) {
  network(scope: $scope) { ego(actorId: $id, radius: $radius) { ${GRAPH_FIELDS} } }
}`;

export const CANDIDATES = `query Candidates($id: ID!, $scope: Scope) {
  network(scope: $scope) { candidates(actorId: $id, first: 10) { totalCount edges { node { ${CANDIDATE_FIELDS} } } } }
}`;

export const ACTOR = `query Actor($id: ID!) {
  actor(id: $id) { id name kind industry region city country founded employees sme technologies offers seeks clusters { id name } }
}`;
