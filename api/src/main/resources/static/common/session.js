// Sign-in with an API token. The token is kept in this browser tab's sessionStorage only (never in
// localStorage or a cookie): closing the tab signs out.

const KEY = 'kaonet.token';
const listeners = new Set();
let current = null; // the viewer answer for the current token, once known
// Bumped by every sign-in and sign-out: an answer asked for before one of them is stale.
let generation = 0;

export function token() {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The caller as the API sees it: { name, role, authenticated, mayRecordIntroductions, mayImport, mayUploadMemberLists }. */
export async function viewer() {
  if (!current) {
    const { graphql } = await import('./api.js');
    const asked = graphql(VIEWER).then((d) => d.viewer).catch((e) => {
      // Signed in or out since this was asked: that answer holds (and the token is the new one).
      if (current !== asked) return current ?? viewer();
      current = null;
      if (token() && e.status === 401) {
        // a token that is no longer accepted: forget it and read as anonymous
        sessionStorage.removeItem(KEY);
        return viewer();
      }
      return { name: 'anonymous', role: null, authenticated: false, mayRecordIntroductions: false, mayImport: false,
        mayUploadMemberLists: false };
    });
    current = asked;
  }
  return current;
}

const VIEWER = '{ viewer { name role authenticated mayRecordIntroductions mayImport mayUploadMemberLists } }';

/** Checks a token with the API and keeps it when valid; throws the API's refusal otherwise. */
export async function signIn(candidate) {
  const value = candidate.trim();
  const { graphql } = await import('./api.js');
  const answer = await graphql(VIEWER, {}, { token: value });
  sessionStorage.setItem(KEY, value);
  current = Promise.resolve(answer.viewer);
  generation += 1;
  notify(answer.viewer);
  return answer.viewer;
}

export async function signOut() {
  sessionStorage.removeItem(KEY);
  current = null;
  generation += 1;
  notify(await viewer());
}

/**
 * Calls {@code listener(viewer)} now and after every sign-in or sign-out. The first call is skipped
 * when a sign-in or sign-out came before its answer (the page's first viewer request can be answered
 * after a quick sign-in's, under load): the listener has had the newer viewer, and the older answer
 * must not show the caller signed out again.
 */
export function onViewer(listener) {
  listeners.add(listener);
  const at = generation;
  viewer().then((v) => {
    if (at === generation) listener(v);
  });
}

function notify(v) {
  for (const l of listeners) l(v);
}

/**
 * Shows the elements marked {@code data-needs="record"} only to callers who may record introductions,
 * {@code data-needs="upload"} only to those who may bring member lists, and {@code data-needs="import"}
 * only to those who may import and delete.
 */
const MAY = { record: 'mayRecordIntroductions', upload: 'mayUploadMemberLists', import: 'mayImport' };
export function applyPermissions(v, root = document) {
  for (const el of root.querySelectorAll('[data-needs]')) el.hidden = !v[MAY[el.dataset.needs]];
}
