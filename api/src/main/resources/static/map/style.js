// How the map looks: colours per actor kind, line styles per tie kind, and the cytoscape stylesheet.

export const ACTOR_KINDS = {
  COMPANY: { label: 'Company', colour: '#4e79a7' },
  UNIVERSITY: { label: 'University', colour: '#e15759' },
  RESEARCH_INSTITUTE: { label: 'Research institute', colour: '#f28e2b' },
  TLO: { label: 'TLO', colour: '#c9a227' },
  FINANCIER: { label: 'Financier', colour: '#59a14f' },
  COORDINATOR: { label: 'Coordinator', colour: '#8e44ad' },
  GOVERNMENT: { label: 'Government', colour: '#17a2a2' },
  SUPPORT_ORGANIZATION: { label: 'Support organisation', colour: '#ff7fa7' },
  INCUBATOR: { label: 'Incubator', colour: '#9c755f' },
  TRADING_FIRM: { label: 'Trading firm', colour: '#7f7f7f' },
  PROFESSIONAL: { label: 'Professional', colour: '#2c3e50' },
};

export const TIE_KINDS = {
  JOINT_RESEARCH: { label: 'Joint research', colour: '#e15759', line: 'solid' },
  TECHNOLOGY_TRANSFER: { label: 'Technology transfer', colour: '#f28e2b', line: 'dashed' },
  FINANCING: { label: 'Financing', colour: '#59a14f', line: 'dashed' },
  SUPPLY: { label: 'Supply', colour: '#4e79a7', line: 'solid' },
  ALLIANCE: { label: 'Alliance', colour: '#17a2a2', line: 'solid' },
  SPIN_OFF: { label: 'Spin-off', colour: '#9c755f', line: 'dotted' },
  COORDINATION: { label: 'Coordination', colour: '#8e44ad', line: 'dotted' },
  INTRODUCTION: { label: 'Introduction', colour: '#c9a227', line: 'dashed' },
  CO_PARTICIPATION: { label: 'Shared activity', colour: '#a0a0a0', line: 'solid' },
};

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 46;

/** Node diameter for a betweenness, area growing with the score. */
export function nodeSize(betweenness, maxBetweenness) {
  if (!(maxBetweenness > 0)) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(betweenness / maxBetweenness);
}

export function stylesheet() {
  const rules = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#999',
        label: 'data(label)',
        'font-size': 'data(screenFont)',
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        'text-margin-y': 2,
        color: '#222',
        'text-outline-color': '#fff',
        'text-outline-width': 1.5,
        'text-outline-opacity': 0.9,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 'data(width)',
        'line-color': '#bbb',
        opacity: 0.4,
      },
    },
  ];
  for (const [kind, look] of Object.entries(ACTOR_KINDS)) {
    rules.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': look.colour } });
  }
  for (const [kind, look] of Object.entries(TIE_KINDS)) {
    rules.push({ selector: `edge[kind = "${kind}"]`, style: { 'line-color': look.colour, 'line-style': look.line } });
  }
  rules.push(
    // Isolated firms: a dashed black ring (no kind has that look), drawn on top of every other highlight.
    { selector: 'node.isolated', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#000', 'z-index': 40 } },
    { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': '#111', 'z-index': 20 } },
    { selector: 'edge.highlighted', style: { opacity: 0.95, width: 2.5, 'z-index': 20 } },
    { selector: '.dimmed', style: { opacity: 0.12 } },
    { selector: 'edge.dimmed', style: { opacity: 0.04 } },
    { selector: 'node.isolated.dimmed', style: { opacity: 1 } },
    {
      selector: 'node:selected',
      style: {
        label: 'data(name)', 'border-width': 4, 'border-color': '#000', 'z-index': 30, 'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.named', style: { label: 'data(name)' } },
    { selector: 'node.neighbour', style: { label: 'data(name)', 'min-zoomed-font-size': 0, 'z-index': 25 } },
    { selector: 'edge.neighbour', style: { opacity: 0.9, 'z-index': 25 } },
    { selector: 'node.label-hidden', style: { label: '' } },
  );
  return rules;
}
