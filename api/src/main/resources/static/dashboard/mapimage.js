// The report's picture of the network: the scope's graph from the API (positions of the server's
// layout, sizes by betweenness, colours of the map page), drawn by cytoscape off screen and kept as
// a PNG in an <img>, so it prints like any image and needs no live canvas in the printed document.

import { graphql } from '../common/api.js';
import { nodeSize, stylesheet } from '../map/style.js';

export const GRAPH = `query ReportMap($scope: Scope) {
  network(scope: $scope) { graph { nodes { actor { id kind } betweenness x y } ties { sourceId targetId kinds weight } } }
}`;

/** Pixel size the picture is drawn at (a 3:2 frame, sharp at A4 width). */
const WIDTH = 1500;
const HEIGHT = 1000;

/**
 * Draws the scope's network into `img` and resolves with the answer it drew (nodes and ties), once
 * the image is loaded.
 */
export async function drawMapImage(scope, img) {
  const [answer, { default: cytoscape }] = await Promise.all([graphql(GRAPH, { scope }),
    import('../webjars/cytoscape/dist/cytoscape.esm.min.mjs')]);
  const graph = answer.network.graph;
  const maxB = Math.max(0, ...graph.nodes.map((n) => n.betweenness));
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:-${WIDTH * 2}px;top:0;width:${WIDTH}px;height:${HEIGHT}px`;
  document.body.append(box);
  const cy = cytoscape({
    container: box,
    style: stylesheet(),
    layout: { name: 'preset' },
    elements: [
      ...graph.nodes.map((n) => ({ group: 'nodes', data: { id: n.actor.id, kind: n.actor.kind, label: '', size: nodeSize(n.betweenness, maxB) },
        position: { x: n.x, y: n.y } })),
      ...graph.ties.map((t) => ({ group: 'edges', data: { source: t.sourceId, target: t.targetId, kind: t.kinds[0],
        width: Math.min(4, 0.6 + 0.4 * Math.log2(t.weight + 1)) } })),
    ],
    styleEnabled: true,
  });
  cy.fit(undefined, 20);
  const uri = cy.png({ output: 'base64uri', bg: '#ffffff', full: false, scale: 1 });
  cy.destroy();
  box.remove();
  await new Promise((resolve, reject) => {
    img.onload = resolve;
    img.onerror = () => reject(new Error('the network picture could not be made'));
    img.src = uri;
  });
  img.dataset.nodes = String(graph.nodes.length);
  img.dataset.ties = String(graph.ties.length);
  return graph;
}
