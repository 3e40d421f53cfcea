// The actor search box: suggestions from Query.actors (nameContains, which ignores case, full/half
// width and katakana/hiragana on the server), chosen with the mouse or the arrow keys and Enter.

import { graphql } from '../common/api.js';
import { t } from '../common/i18n.js';

const FIND = `query Find($text: String!) {
  actors(filter: { nameContains: $text }, first: 12) { totalCount edges { node { id name kind } } }
}`;

/** Wires a search input and its list; {@code onPick(actor)} is called with the chosen actor. */
export function actorSearch(input, list, onPick) {
  let items = [];
  let active = -1;
  let request = 0;
  const render = () => {
    list.innerHTML = '';
    items.forEach((a, i) => {
      const li = document.createElement('li');
      li.role = 'option';
      li.id = `${list.id}-${i}`;
      li.dataset.id = a.id;
      li.textContent = `${a.name} · ${t(`kind.${a.kind}`)}`;
      li.setAttribute('aria-selected', String(i === active));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-activedescendant', active >= 0 ? `${list.id}-${active}` : '');
  };
  const pick = (i) => {
    const actor = items[i];
    if (!actor) return;
    items = [];
    render();
    onPick(actor);
  };
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const mine = ++request;
    if (text.length < 2) {
      items = [];
      render();
      return;
    }
    const data = await graphql(FIND, { text });
    if (mine !== request) return;
    items = data.actors.edges.map((e) => e.node);
    active = items.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!items.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(Math.max(active, 0));
    } else if (e.key === 'Escape') {
      items = [];
      render();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { items = []; render(); }, 150));
}

/** The actor page's address for an actor id. */
export function actorPage(id) {
  return `${new URL('actor.html', import.meta.url).href}?id=${encodeURIComponent(id)}`;
}
