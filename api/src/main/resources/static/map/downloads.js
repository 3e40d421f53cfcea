// The map's download block: the files of the scope the map shows (its clusters, countries, kinds,
// tie kinds, shared activities and date), from the server's download addresses.

import { downloadLinks } from '../common/downloads.js';

/** Shows the links for the scope just drawn; `dataset.scope` tells tests which scope they are for. */
export function showDownloads(scope) {
  const list = document.getElementById('download-links');
  list.replaceChildren(...downloadLinks(scope));
  list.dataset.scope = JSON.stringify(scope);
}
