// The pages' only way to the data: the public GraphQL endpoint, like any other front end. Sends the
// signed-in API token (see session.js) when there is one.

import { token } from './session.js';

const ENDPOINT = new URL('../graphql', import.meta.url).href;

/** An error answered by the API; {@code codes} holds each error's extensions.code. */
export class ApiError extends Error {
  constructor(message, errors = [], status = 0) {
    super(message);
    this.errors = errors;
    this.status = status;
    this.codes = errors.map((e) => e.extensions?.code).filter(Boolean);
  }
}

/**
 * Runs a GraphQL document and returns its data, or throws an {@link ApiError} carrying the GraphQL
 * errors. {@code options.token} overrides the session's token (used to check a token before keeping it).
 */
export async function graphql(query, variables = {}, options = {}) {
  const bearer = options.token ?? token();
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new ApiError(`The server cannot be reached (${e.message}).`);
  }
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors, response.status);
  }
  if (!response.ok || !body) {
    throw new ApiError(`GraphQL request failed: HTTP ${response.status}`, [], response.status);
  }
  return body.data;
}

/** Loads a classic (non-module) script once, e.g. a library's UMD build from a WebJar. */
const scripts = new Map();
export function loadScript(path) {
  const url = new URL(path, import.meta.url).href;
  if (!scripts.has(url)) {
    scripts.set(url, new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${url}`));
      document.head.append(script);
    }));
  }
  return scripts.get(url);
}

/** Today as yyyy-MM-dd in the browser's time zone. */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Downloads a file of this server with the signed-in token, saved under the name the server gives
 * (Content-Disposition); throws an {@link ApiError} with the server's explanation when refused.
 */
export async function download(url) {
  const bearer = token();
  let response;
  try {
    response = await fetch(url, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  } catch (e) {
    throw new ApiError(`The server cannot be reached (${e.message}).`);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(problem?.detail ?? `HTTP ${response.status}`, [], response.status);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'download';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}
