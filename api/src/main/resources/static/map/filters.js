// The filter controls and the scope they describe. An empty group restricts nothing.

import { t } from '../common/i18n.js';

const $ = (id) => document.getElementById(id);

/**
 * Fills a container with one checkbox per entry; entries may carry a colour (a dot) or a line style
 * (a short line) so that the filter doubles as the legend.
 */
export function buildChecks(container, entries, onChange) {
  container.innerHTML = '';
  for (const entry of entries) {
    const label = document.createElement('label');
    label.className = 'check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = entry.value;
    box.addEventListener('change', onChange);
    label.append(box);
    if (entry.line) label.append(lineSwatch(entry.colour, entry.line));
    else if (entry.colour) {
      const dot = document.createElement('span');
      dot.className = 'swatch';
      dot.style.background = entry.colour;
      label.append(dot);
    }
    label.append(` ${entry.label}`);
    container.append(label);
  }
}

function lineSwatch(colour, style) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'line-swatch');
  svg.setAttribute('viewBox', '0 0 24 8');
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
  Object.entries({ x1: 1, y1: 4, x2: 23, y2: 4, stroke: colour, 'stroke-width': 2.5 })
    .forEach(([k, v]) => line.setAttribute(k, v));
  if (style === 'dashed') line.setAttribute('stroke-dasharray', '5 3');
  if (style === 'dotted') line.setAttribute('stroke-dasharray', '1.5 2.5');
  svg.append(line);
  return svg;
}

function checked(containerId) {
  return [...$(containerId).querySelectorAll('input:checked')].map((b) => b.value);
}

/** Sets up the year slider over the years in which ties start. */
export function setYears(first, last, onChange) {
  const slider = $('year');
  slider.min = String(first);
  slider.max = String(last);
  slider.value = String(last);
  const allYears = $('all-years');
  const label = () => {
    $('year-label').textContent = allYears.checked ? t('map.allYears') : slider.value;
  };
  slider.addEventListener('input', () => {
    allYears.checked = false;
    label();
  });
  // Asking the server on release, not on every step of a drag.
  slider.addEventListener('change', onChange);
  allYears.addEventListener('change', () => {
    label();
    onChange();
  });
  label();
}

/** The GraphQL Scope the controls describe. */
export function readScope() {
  const scope = {};
  const clusters = checked('cluster-filter');
  const countries = checked('country-filter');
  const kinds = checked('kind-filter');
  const ties = checked('tie-filter');
  if (clusters.length) scope.clusterIds = clusters;
  if (countries.length) scope.countries = countries;
  if (kinds.length) scope.actorKinds = kinds;
  if (ties.length) scope.tieKinds = ties;
  if (!$('all-years').checked) scope.asOf = `${$('year').value}-12-31`;
  if ($('activities').checked) scope.includeActivities = true;
  return scope;
}

/** A short description of a scope for the status line. */
export function describeScope(scope, clusterNames) {
  const parts = [];
  if (scope.clusterIds) parts.push(scope.clusterIds.map((c) => clusterNames.get(c) ?? c).join(' + '));
  if (scope.countries) parts.push(scope.countries.join(' + '));
  const count = (key, n) => t(`${key}.${n === 1 ? 'one' : 'other'}`, { count: n });
  if (scope.actorKinds) parts.push(count('scope.actorKinds', scope.actorKinds.length));
  if (scope.tieKinds) parts.push(count('scope.tieKinds', scope.tieKinds.length));
  parts.push(scope.asOf ? t('scope.asOf', { date: scope.asOf }) : t('map.allYears'));
  return parts.join(' · ');
}
