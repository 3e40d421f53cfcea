// Links to the server's files of a scope: the network for other tools (GET /downloads/network) and
// the report's tables as a workbook (GET /downloads/report.xlsx). The dashboard and the map both
// use them, so a scope's files are named and filled the same way wherever they are asked for.

import { t } from './i18n.js';

/** The per-actor figures written as node attributes of a network download. */
export const EXPORT_METRICS = 'DEGREE,BETWEENNESS,CONSTRAINT,EFFECTIVE_SIZE,COMMUNITY,CORE_NUMBER,LOCAL_CLUSTERING';

/** The network formats, in the order the links are shown, with their link text. */
const FORMATS = [['GEXF', 'GEXF'], ['GRAPHML', 'GraphML'], ['PAJEK', 'Pajek'], ['CSV', null]];

/** A GraphQL Scope (as the pages build it) as query parameters: a list is the parameter repeated. */
export function scopeParameters(scope) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(scope ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (Array.isArray(value)) value.forEach((v) => parameters.append(name, v));
    else parameters.set(name, String(value));
  }
  return parameters;
}

/** The address of a network download of the scope. */
export function networkHref(format, scope) {
  const parameters = scopeParameters(scope);
  parameters.set('metrics', EXPORT_METRICS);
  return `../downloads/network?format=${format}&${parameters}`;
}

/**
 * The address of the report workbook of the scope; the workbook reads its dates from the scorecard
 * period, so the scope's own dates are left out.
 */
export function reportHref(scope, period) {
  const { asOf, from, to, ...undated } = scope ?? {};
  const parameters = scopeParameters(undated);
  if (period) parameters.set('period', period);
  return `../downloads/report.xlsx?${parameters}`;
}

/**
 * The links to every file of the scope (GEXF, GraphML, Pajek, CSV, and the report's Excel), separated
 * by " · ", each marked with `data-format` for tests and scripts.
 */
export function downloadLinks(scope, period) {
  const link = (href, format, text) => {
    const a = document.createElement('a');
    a.href = href;
    a.dataset.format = format;
    a.textContent = text;
    return a;
  };
  const links = FORMATS.map(([format, text]) => link(networkHref(format, scope), format, text ?? t('download.csvZip')));
  links.push(link(reportHref(scope, period), 'XLSX', t('download.report')));
  return links.flatMap((a, i) => (i === 0 ? [a] : [' · ', a]));
}
