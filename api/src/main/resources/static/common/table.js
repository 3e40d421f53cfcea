// Tables on every page: Tabulator (a WebJar) with sorting and a filter box, header titles in the
// page's language (wrapped, never cut), and links to the server's CSV and Excel files of the same table.

import { TabulatorFull as Tabulator } from '../webjars/tabulator-tables/dist/js/tabulator_esm.min.js';
import { download } from './api.js';
import { t } from './i18n.js';

const STYLESHEET = new URL('../webjars/tabulator-tables/dist/css/tabulator_simple.min.css', import.meta.url).href;
if (!document.querySelector(`link[href="${STYLESHEET}"]`)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = STYLESHEET;
  document.head.prepend(link);
}

/**
 * A table in {@code element}. {@code columns} are Tabulator column definitions whose {@code title} is a
 * message key; a column may give {@code exportValue(row)} for the text the filter box searches (the
 * field's value otherwise). Header titles wrap onto more lines rather than being cut.
 * Resolves once the table is built.
 */
export function createTable(element, { columns, data = [], height, options = {} }) {
  const table = new Tabulator(element, {
    data,
    layout: 'fitColumns',
    height,
    placeholder: t('table.empty'),
    columns: columns.map(({ exportValue, ...c }) => ({ headerWordWrap: true, ...c, title: t(c.title) })),
    ...options,
  });
  table.kaonetColumns = columns;
  return new Promise((resolve) => table.on('tableBuilt', () => resolve(table)));
}

/** Puts the header titles in the page's language again (after a language switch). */
export function retitle(table) {
  for (const c of table.kaonetColumns) {
    if (c.field) table.getColumn(c.field)?.updateDefinition({ title: t(c.title) });
  }
}

/**
 * Filters the rows whose text (every column's download value) contains the box's words, ignoring
 * case and full/half-width forms.
 */
export function filterBox(input, table) {
  input.addEventListener('input', () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    if (!words.length) {
      table.clearFilter();
      return;
    }
    table.setFilter((row) => {
      const text = fold(table.kaonetColumns.map((c) => (c.exportValue ? c.exportValue(row) : row[c.field])).join(' '));
      return words.every((w) => text.includes(w));
    });
  });
}

function fold(text) {
  return String(text ?? '').normalize('NFKC').toLowerCase();
}

/**
 * Adds "Download CSV" and "Download Excel" links to {@code bar}: the server's files of the table
 * ({@code path(format)}, e.g. {@code isolated-firms.csv?clusterIds=TAMA}, under /downloads/), asked
 * with the page's filters at the time of the click and the signed-in token. {@code onError} gets a
 * refusal.
 */
export function downloadLinks(bar, path, onError) {
  for (const format of ['csv', 'xlsx']) {
    const link = document.createElement('a');
    link.className = 'button';
    link.dataset.i18n = `download.${format}`;
    link.dataset.download = format;
    link.textContent = t(`download.${format}`);
    const refresh = () => { link.href = new URL(`../downloads/${path(format)}`, import.meta.url).href; };
    refresh();
    for (const event of ['focus', 'mouseenter']) link.addEventListener(event, refresh);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      refresh();
      download(link.href).catch(onError);
    });
    bar.append(link);
  }
}

/** The query string of parameters, leaving out empty values; arrays become repeated parameters. */
export function query(parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    for (const v of [value].flat()) if (v != null && v !== '') search.append(key, v);
  }
  return search.toString();
}
