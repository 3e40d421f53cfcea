// The actor page's drawing of an actor's partners (Network.ego): the actor in the middle, partners on
// the first ring and, at radius 2, their partners on the second. Names stay the same size on screen
// whatever the zoom and point away from the centre; with many partners only the nearest are named,
// and a name that would cover one already drawn is left out (hover names any node).

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
        { selector: 'node.named', style: { label: 'data(name)' } },
        { selector: 'node.at-left', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-y': 0,
          'text-margin-x': (n) => -4 / n.cy().zoom() } },
        { selector: 'node.at-right', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-y': 0,
          'text-margin-x': (n) => 4 / n.cy().zoom() } },
        { selector: 'node.at-top', style: { 'text-valign': 'top', 'text-margin-y': -2 } },
        { selector: 'node.label-hidden', style: { label: '' } },
        { selector: 'node:active, node.hover', style: { label: 'data(name)', 'z-index': 20 } },
        { selector: 'node.centre', style: { width: 18, height: 18, 'border-width': 3, 'border-color': '#111', 'z-index': 10, 'font-weight': 700 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#9aa5b1', opacity: 0.5, 'curve-style': 'haystack' } },
      ],
    });
    cy.on('tap', 'node', (e) => {
      if (!e.target.hasClass('centre')) onOpen(e.target.id());
    });
    cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
    // Labels keep their size on screen (the style is divided by the zoom); once the view rests, names
    // that would cover another are left out.
    let timer = null;
    cy.on('zoom', () => {
      scaleLabels(cy);
      clearTimeout(timer);
      timer = setTimeout(() => declutter(cy), 120);
    });
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
      cy.layout({ name: 'preset', positions: ringPositions(id, graph, distance, radius), fit: true, padding: 12 }).run();
      pointLabelsOutwards(cy, id);
      scaleLabels(cy);
      // A label's size in the drawing's units depends on the zoom the fit chooses, so fit until the
      // zoom settles (it converges in a few rounds) and every name lies inside the drawing.
      for (let round = 0; round < 8; round++) {
        const zoom = cy.zoom();
        cy.fit(undefined, 12);
        scaleLabels(cy);
        if (Math.abs(cy.zoom() - zoom) < 0.002 * zoom) break;
      }
      declutter(cy);
      return { partners, nodes: graph.nodes.length };
    },
  };
}

function scaleLabels(cy) {
  cy.style().update();
}

/**
 * Places the actor in the middle and each ring on an ellipse a little higher than wide (the names on its
 * sides take the drawing's width). At radius 2 the partners' ring is drawn at 62 % of the outer one, not at the few pixels a
 * packed concentric layout leaves a ring of 20 inside one of 150, so that their names have room; the
 * second ring follows the order of the partner each node hangs from, so its ties stay short.
 * Cytoscape's own concentric layout sizes each ring by its node count only, hence this one.
 */
function ringPositions(id, graph, distance, radius) {
  const ASPECT = 0.9; // names run sideways from the ring's sides, so the ring itself is a little narrower than high
  const SPACING = 16; // model units between neighbours on the outer ring
  const INNER = 0.62; // the partners' ring within the second, at radius 2
  const rings = [[], [], []];
  for (const { actor } of graph.nodes) {
    if (actor.id !== id) rings[Math.min(distance.get(actor.id) ?? radius, 2)].push(actor);
  }
  const byName = (a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name);
  rings[1].sort(byName);
  const slot = new Map(rings[1].map((a, i) => [a.id, i]));
  if (radius >= 2) {
    const parent = new Map();
    for (const tie of graph.ties) {
      for (const [x, y] of [[tie.sourceId, tie.targetId], [tie.targetId, tie.sourceId]]) {
        if (slot.has(x) && !slot.has(y) && y !== id) {
          parent.set(y, Math.min(parent.get(y) ?? Infinity, slot.get(x)));
        }
      }
    }
    rings[2].sort((a, b) => (parent.get(a.id) ?? 0) - (parent.get(b.id) ?? 0) || byName(a, b));
  }
  const outer = rings[radius >= 2 && rings[2].length ? 2 : 1].length;
  const r = Math.max(120, (outer * SPACING) / (2 * Math.PI));
  const positions = { [id]: { x: 0, y: 0 } };
  const place = (ring, scale) => ring.forEach((a, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
    positions[a.id] = { x: ASPECT * scale * r * Math.cos(angle), y: scale * r * Math.sin(angle) };
  });
  place(rings[1], radius >= 2 && rings[2].length ? INNER : 1);
  place(rings[2], 1);
  return positions;
}

/** Puts each name on the side of its node that faces away from the centre. */
function pointLabelsOutwards(cy, centreId) {
  const centre = cy.$id(centreId).position();
  cy.batch(() => {
    cy.nodes().removeClass('at-left at-right at-top');
    cy.nodes().forEach((n) => {
      if (n.id() === centreId) return;
      const dx = n.position('x') - centre.x;
      const dy = n.position('y') - centre.y;
      if (Math.abs(dx) >= 0.6 * Math.abs(dy)) n.addClass(dx < 0 ? 'at-left' : 'at-right');
      else if (dy < 0) n.addClass('at-top');
    });
  });
}

/**
 * Leaves out each name that would cover one already drawn: the centre's first, then the nearer ring
 * before the farther, and on a ring the better connected first. The same rule as the map's.
 */
function declutter(cy) {
  cy.nodes('.label-hidden').removeClass('label-hidden');
  const box = { includeNodes: false, includeEdges: false, includeLabels: true };
  const order = cy.nodes().filter((n) => n.style('label')).toArray()
    .sort((a, b) => Number(b.hasClass('centre')) - Number(a.hasClass('centre'))
      || a.data('ring') - b.data('ring') || b.degree() - a.degree());
  const placed = [];
  const hidden = [];
  for (const n of order) {
    const b = n.boundingBox(box);
    if (b.w === 0) continue;
    if (placed.some((p) => b.x1 < p.x2 && b.x2 > p.x1 && b.y1 < p.y2 && b.y2 > p.y1)) hidden.push(n);
    else placed.push(b);
  }
  cy.batch(() => hidden.forEach((n) => n.addClass('label-hidden')));
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
