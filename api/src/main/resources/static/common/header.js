// The header every page shares: navigation between the pages, the language switch and the sign-in.
// A page calls mountHeader('<its key>') once; the header is put at the top of <body>.

import { LANGUAGES, addMessages, language, onLanguageChange, setLanguage, t, translate } from './i18n.js';
import messages from './messages.js';
import { applyPermissions, onViewer, signIn, signOut } from './session.js';

addMessages(messages);

/** The pages in the navigation, in order: key (message nav.<key>) and address relative to the site root. */
export const PAGES = [
  ['map', 'map/'],
  ['actor', 'workspace/actor.html'],
  ['isolated', 'workspace/isolated.html'],
  ['introductions', 'workspace/introductions.html'],
  ['upload', 'workspace/upload.html'],
  ['dashboard', 'dashboard/'],
];

const ROOT = new URL('../', import.meta.url);

/** Puts the header into the page, translates the page, and keeps the sign-in state shown. */
export function mountHeader(current) {
  const header = document.createElement('header');
  header.className = 'site';
  header.innerHTML = `
    <a class="brand" href="${ROOT.href}">Kaonet</a>
    <nav data-i18n-label="nav.label"><ul></ul></nav>
    <div class="site-tools">
      <label class="language"><span class="visually-hidden" data-i18n="language.label"></span>
        <select id="language"></select></label>
      <span id="who" class="who" role="status"></span>
      <button id="sign-in" type="button" data-i18n="signin.button"></button>
      <button id="sign-out" type="button" data-i18n="signin.out" hidden></button>
    </div>
    <form id="sign-in-form" class="sign-in" hidden>
      <label><span data-i18n="signin.token"></span>
        <input id="token" type="password" autocomplete="off" spellcheck="false" required></label>
      <button type="submit" data-i18n="signin.submit"></button>
      <button type="button" id="sign-in-cancel" data-i18n="signin.cancel"></button>
      <p class="hint" data-i18n="signin.help"></p>
      <p id="sign-in-error" class="error" role="alert" hidden></p>
    </form>`;
  const list = header.querySelector('nav ul');
  for (const [key, path] of PAGES) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = new URL(path, ROOT).href;
    a.dataset.i18n = `nav.${key}`;
    a.dataset.page = key;
    if (key === current) a.setAttribute('aria-current', 'page');
    li.append(a);
    list.append(li);
  }
  const select = header.querySelector('#language');
  for (const lang of LANGUAGES) select.append(new Option(lang === 'ja' ? '日本語' : 'English', lang));
  select.value = language();
  select.addEventListener('change', () => setLanguage(select.value));
  document.body.prepend(header);

  const form = header.querySelector('#sign-in-form');
  const error = header.querySelector('#sign-in-error');
  header.querySelector('#sign-in').addEventListener('click', () => {
    form.hidden = false;
    error.hidden = true;
    form.querySelector('#token').focus();
  });
  header.querySelector('#sign-in-cancel').addEventListener('click', () => (form.hidden = true));
  header.querySelector('#sign-out').addEventListener('click', () => signOut());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.querySelector('#token');
    try {
      await signIn(input.value);
      input.value = '';
      form.hidden = true;
    } catch (e) {
      error.textContent = t('signin.refused', { message: e.message });
      error.hidden = false;
    }
  });

  let last = null;
  const show = (v) => {
    last = v;
    const who = header.querySelector('#who');
    who.textContent = v.authenticated ? t('signin.as', { name: v.name, role: t(`role.${v.role}`) }) : t('signin.anonymous');
    who.dataset.role = v.authenticated ? v.role : 'ANONYMOUS';
    header.querySelector('#sign-in').hidden = v.authenticated;
    header.querySelector('#sign-out').hidden = !v.authenticated;
    applyPermissions(v);
  };
  onViewer(show);
  onLanguageChange(() => last && show(last));
  // The window's title in the page's language; a page may put more in it (the actor's name) later.
  const title = () => { document.title = `Kaonet · ${t(`nav.${current}`)}`; };
  title();
  onLanguageChange(title);
  translate();
}
