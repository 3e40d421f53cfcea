// The actor page's drawing of an actor's partners (Network.ego): the actor in the middle, partners on
// the first ring and, at radius 2, their partners on the second. Names stay the same size on screen
// whatever the zoom; with many partners only the nearest are named (hover or focus names the others).

import { graphql } from '../common/api.js';
import { ACTOR_KINDS } from '../map/style.js';

const EGO = `query Ego($id: ID!, $radius: Int) {
  network { ego(actorId: $id, radius: $radius) { nodes { actor { id name kind } degree } ties { sourceId targetId } } }
}`;
const LABEL_PX = 11;
const NAMED_RING = 24; // name every partner when there are at most this many

/** A drawing in {@code container}; {@code onOpen(id)} is called when a node other than the centre is clicked. */
export function egoDrawing(container, onOpen) {
  let cy = null;
  const ready = import('../webjars/cytoscape/dist/cytoscape.esm.min.mjs').then(({ default: cytoscape }) => {
    cy = cytoscape({
      container,
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        { selector: 'node', style: { width: 10, height: 10, 'background-color': 'data(colour)',
          'font-size': (n) => LABEL_PX / n.cy().zoom(), 'text-max-width': (n) => `${140 / n.cy().zoom()}px`,
          'text-outline-width': (n) => 2 / n.cy().zoom(),
          color: '#222', 'text-valign': 'bottom', 'text-margin-y': 2, 'text-outline-color': '#fff',
          'text-wrap': 'ellipsis', 'min-zoomed-font-size': 0 } },
        { selector: 'node.named, node:active, node.hover', style: { label: 'data(name)' } },
        { selector: 'node.centre', style: { width: 18, height: 18, 'border-width': 3, 'border-color': '#111', 'z-index': 10, 'font-weight': 700 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#9aa5b1', opacity: 0.5, 'curve-style': 'haystack' } },
      ],
    });
    cy.on('tap', 'node', (e) => {
      if (!e.target.hasClass('centre')) onOpen(e.target.id());
    });
    cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
    // Labels keep their size on screen: the style is divided by the zoom.
    cy.on('zoom', () => scaleLabels(cy));
    window.kaonetEgo = cy;
  });

  return {
    /** Draws the actor's ego network; resolves to { partners, nodes }. */
    async show(id, radius) {
      const [data] = await Promise.all([graphql(EGO, { id, radius }), ready]);
      const graph = data.network.ego ?? { nodes: [], ties: [] };
      const distance = distances(id, graph);
      const partners = [...distance.values()].filter((d) => d === 1).length;
      cy.elements().remove();
      cy.add(graph.nodes.map(({ actor: n }) => ({
        group: 'nodes',
        data: { id: n.id, name: n.name, colour: ACTOR_KINDS[n.kind]?.colour ?? '#999', ring: distance.get(n.id) ?? radius },
        classes: [n.id === id ? 'centre named' : '', distance.get(n.id) === 1 && partners <= NAMED_RING ? 'named' : ''].join(' '),
      })));
      cy.add(graph.ties.map((tie) => ({ group: 'edges',
        data: { id: `${tie.sourceId}|${tie.targetId}`, source: tie.sourceId, target: tie.targetId } })));
      const layout = cy.layout({
        name: 'concentric',
        concentric: (n) => radius + 1 - n.data('ring'),
        levelWidth: () => 1,
        minNodeSpacing: 14,
        animate: false,
        fit: true,
        padding: 24,
      });
      layout.run();
      scaleLabels(cy);
      return { partners, nodes: graph.nodes.length };
    },
  };
}

function scaleLabels(cy) {
  cy.style().update();
}

/** Ties away from the actor, by breadth-first search over the ego network's ties. */
function distances(id, graph) {
  const next = new Map(graph.nodes.map((n) => [n.actor.id, []]));
  for (const tie of graph.ties) {
    next.get(tie.sourceId)?.push(tie.targetId);
    next.get(tie.targetId)?.push(tie.sourceId);
  }
  const distance = new Map([[id, 0]]);
  const queue = [id];
  while (queue.length) {
    const x = queue.shift();
    for (const y of next.get(x) ?? []) {
      if (!distance.has(y)) {
        distance.set(y, distance.get(x) + 1);
        queue.push(y);
      }
    }
  }
  return distance;
}
