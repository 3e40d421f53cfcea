// Japanese and English. Each page adds its dictionaries ({ en: {...}, ja: {...} }) with addMessages;
// the language comes from the browser (navigator.languages) unless the user chose one with the
// switch (kept in localStorage). Markup is translated through data-i18n attributes:
//   data-i18n="key"             → textContent
//   data-i18n-placeholder="key" → placeholder
//   data-i18n-title="key"       → title
//   data-i18n-label="key"       → aria-label

export const LANGUAGES = ['ja', 'en'];
const CHOICE = 'kaonet.language';
const dictionaries = { en: {}, ja: {} };
const listeners = new Set();

export function addMessages(messages) {
  for (const lang of LANGUAGES) Object.assign(dictionaries[lang], messages[lang] ?? {});
}

/** A copy of one language's messages (the page tests compare the page's text with them). */
export function dictionary(lang) {
  return { ...dictionaries[lang] };
}

/** The page's language: the user's choice, else the first of the browser's languages we have. */
export function language() {
  let chosen = null;
  try {
    chosen = localStorage.getItem(CHOICE);
  } catch {
    // storage refused (private mode): fall back to the browser's language
  }
  if (LANGUAGES.includes(chosen)) return chosen;
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = String(l).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang)) return;
  try {
    localStorage.setItem(CHOICE, lang);
  } catch {
    // the choice then lasts for this page only
  }
  translate();
  for (const l of listeners) l(lang);
}

/** Calls {@code listener(lang)} after every language switch (pages re-render their dynamic text). */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

/** The message of a key in the page's language (English, then the key, when missing), {name} filled from params. */
export function t(key, params = {}) {
  const lang = language();
  const text = dictionaries[lang][key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] == null ? m : String(params[name])));
}

/** Translates every marked element under root and sets the document's lang. */
export function translate(root = document) {
  document.documentElement.lang = language();
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const [attr, target] of [['i18nPlaceholder', 'placeholder'], ['i18nTitle', 'title'], ['i18nLabel', 'aria-label']]) {
    for (const el of root.querySelectorAll(`[data-${attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`)) {
      el.setAttribute(target, t(el.dataset[attr]));
    }
  }
}

/** A number in the page's language. */
export function number(value, options = {}) {
  return value == null ? '—' : new Intl.NumberFormat(locale(), options).format(value);
}

/** A percentage of a share in [0, 1]. */
export function percent(share, digits = 0) {
  return number(share, { style: 'percent', maximumFractionDigits: digits });
}

function locale() {
  return language() === 'ja' ? 'ja-JP' : 'en-GB';
}
