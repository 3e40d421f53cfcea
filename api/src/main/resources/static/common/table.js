// Tables on every page: Tabulator (a WebJar) with sorting, a filter box, and CSV and Excel downloads
// of what the table shows (filtered and sorted), header titles in the page's language.

import { TabulatorFull as Tabulator } from '../webjars/tabulator-tables/dist/js/tabulator_esm.min.js';
import { t } from './i18n.js';
import { workbook } from './workbook.js';

const STYLESHEET = new URL('../webjars/tabulator-tables/dist/css/tabulator_simple.min.css', import.meta.url).href;
if (!document.querySelector(`link[href="${STYLESHEET}"]`)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = STYLESHEET;
  document.head.prepend(link);
}

/**
 * A table in {@code element}. {@code columns} are Tabulator column definitions whose {@code title} is a
 * message key; a column may give {@code exportValue(row)} for the value written to CSV and Excel (the
 * field's value otherwise). Hidden columns are left out of downloads unless they say {@code download: true}.
 * Resolves once the table is built.
 */
export function createTable(element, { columns, data = [], height, options = {} }) {
  const table = new Tabulator(element, {
    data,
    layout: 'fitColumns',
    height,
    placeholder: t('table.empty'),
    columns: columns.map(({ exportValue, ...c }) => ({
      ...c,
      title: t(c.title),
      ...(exportValue ? { accessorDownload: (value, row) => exportValue(row) } : {}),
    })),
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

/** Downloads the table as CSV (UTF-8 with a byte-order mark, so Excel reads Japanese correctly). */
export function downloadCsv(table, filename) {
  table.download('csv', `${filename}.csv`, { bom: true });
}

/** Downloads the table as an Excel workbook with one sheet. */
export function downloadXlsx(table, filename, sheet) {
  table.download((list, options, setFileContents) => {
    const rows = list.filter((r) => r.type === 'header' || r.type === 'row')
      .map((r) => r.columns.map((c) => (c ? c.value ?? null : null)));
    workbook([{ name: sheet ?? filename, rows }]).then((blob) => setFileContents(blob, blob.type));
  }, `${filename}.xlsx`);
}

/** Adds "Download CSV" and "Download Excel" buttons to {@code bar}, for {@code table()} (the table at the time). */
export function downloadButtons(bar, table, filename) {
  for (const [key, action] of [['download.csv', downloadCsv], ['download.xlsx', downloadXlsx]]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.i18n = key;
    button.dataset.download = key.split('.')[1];
    button.textContent = t(key);
    button.addEventListener('click', () => action(table(), typeof filename === 'function' ? filename() : filename));
    bar.append(button);
  }
}
