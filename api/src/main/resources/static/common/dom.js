// Small pieces of page-building every page shares.

import { t } from './i18n.js';

/** Adds, for each [title, words] with words, a heading and the words as tags. */
export function keywordLists(box, lists) {
  for (const [title, words] of lists) {
    if (!words?.length) continue;
    const h = document.createElement('h3');
    h.textContent = title;
    const ul = document.createElement('ul');
    ul.className = 'tags';
    for (const w of words) {
      const li = document.createElement('li');
      li.textContent = w;
      ul.append(li);
    }
    box.append(h, ul);
  }
}

/** Shows an error in an alert element and keeps its text in probe.error (read by the page tests). */
export function showError(element, probe, error) {
  probe.error = String(error?.message ?? error);
  element.hidden = false;
  element.textContent = t('common.error', { message: probe.error });
}
