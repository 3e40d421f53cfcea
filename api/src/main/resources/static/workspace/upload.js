// Bring a member list: Kaonet CSV files or one Excel workbook with the same sheets, imported through
// importFiles / importWorkbook. The import is all-or-nothing: with any problem nothing is written,
// and the page lists every problem with its file (or sheet), line (or row), column and value.

import { graphql } from '../common/api.js';
import { mountHeader } from '../common/header.js';
import { addMessages, number, onLanguageChange, t } from '../common/i18n.js';
import { onViewer } from '../common/session.js';
import { createTable, retitle } from '../common/table.js';
import messages from './messages.js';
import { markReady } from '../common/ready.js';

addMessages(messages);
mountHeader('upload');

const $ = (id) => document.getElementById(id);
const RESULT = 'ok truncated summary { actors ties clusters memberships activities participations changed unchanged } problems { file line field value message }';
const FILES = `mutation Files($files: [FileInput!]!) { importFiles(files: $files) { ${RESULT} } }`;
const WORKBOOK = `mutation Workbook($workbook: WorkbookInput!) { importWorkbook(workbook: $workbook) { ${RESULT} } }`;

const probe = { done: 0, error: null };
window.kaonetUpload = probe;
let table = null;
let last = null;

onViewer((v) => {
  $('needs-role').hidden = v.mayUploadMemberLists;
  markReady();
});

$('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  const files = [...$('files').files];
  if (!files.length) {
    show({ message: t('upload.none') });
    return;
  }
  const button = event.submitter;
  if (button) button.disabled = true;
  show({ message: t('common.loading') });
  try {
    const workbooks = files.filter((f) => f.name.toLowerCase().endsWith('.xlsx'));
    let result;
    if (workbooks.length > 1 || (workbooks.length && files.length > 1)) {
      show({ message: t('upload.oneWorkbook') });
      return;
    } else if (workbooks.length) {
      const content = await base64(workbooks[0]);
      result = (await graphql(WORKBOOK, { workbook: { name: workbooks[0].name, content } })).importWorkbook;
    } else {
      const texts = await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })));
      result = (await graphql(FILES, { files: texts })).importFiles;
    }
    show(result);
  } catch (e) {
    probe.error = e.message;
    show({ message: t('common.error', { message: e.message }) });
  } finally {
    if (button) button.disabled = false;
    probe.done += 1;
  }
});

async function base64(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function show(result) {
  last = result;
  const box = $('result');
  box.className = '';
  if (result.message) {
    box.textContent = result.message;
    return;
  }
  if (result.ok) {
    const s = result.summary;
    box.className = 'ok';
    box.textContent = t('upload.ok', { actors: number(s.actors), ties: number(s.ties), memberships: number(s.memberships),
      changed: number(s.changed), unchanged: number(s.unchanged) });
  } else {
    box.className = 'error';
    box.textContent = t(result.truncated ? 'upload.refusedMore' : 'upload.refused', { count: number(result.problems.length) });
  }
  const rows = (result.problems ?? []).map((p) => ({ ...p, line: p.line || null }));
  if (!table) {
    table = await createTable($('problems'), { columns: [
      { title: 'upload.file', field: 'file', minWidth: 160 },
      { title: 'upload.line', field: 'line', width: 90, hozAlign: 'right', sorter: 'number' },
      { title: 'upload.field', field: 'field', minWidth: 140 },
      { title: 'upload.value', field: 'value', minWidth: 120 },
      { title: 'upload.message', field: 'message', minWidth: 260, formatter: 'textarea' },
    ], data: rows, height: 'calc(100vh - 20rem)' });
  } else {
    table.replaceData(rows);
  }
  $('problems').hidden = rows.length === 0;
}

onLanguageChange(() => {
  if (table) retitle(table);
  if (last && !last.message) show(last);
});
