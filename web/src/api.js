// GeoRelief's HTTP API, as the page uses it. Errors carry the ProblemDetails message the server wrote for planners.
import { t } from './i18n.js';

const TOKEN_KEY = 'georelief.token';

/** An API answer that was not 2xx: status, and the planner-readable message of its ProblemDetails. */
export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

async function problemOf(response) {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const problem = await response.json().catch(() => null);
    if (problem) {
      const message = [problem.title, problem.detail].filter(Boolean).join(' ');
      return new ApiError(response.status, message || t('error.generic', { status: response.status }), problem);
    }
  }
  return new ApiError(response.status, t('error.generic', { status: response.status }), null);
}

/** GET a public JSON resource (tiles metadata, analytics, admin units); throws ApiError with the server's message. */
export async function getJson(path, params = {}) {
  const response = await fetch(withQuery(path, params), { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** GET a feature of the layers API (with the editor's token, if any) and its ETag, for a later PUT with If-Match. */
export async function getWithETag(path) {
  const response = await fetch(path, { headers: authHeaders({ Accept: 'application/json' }) });
  if (!response.ok) throw await problemOf(response);
  return { body: await response.json(), etag: response.headers.get('ETag') };
}

/** PUT a JSON body with If-Match; answers the stored feature. */
export async function putJson(path, body, etag) {
  const headers = authHeaders({ 'Content-Type': 'application/json', Accept: 'application/json' });
  if (etag) headers['If-Match'] = etag;
  const response = await fetch(path, { method: 'PUT', headers, body: JSON.stringify(body) });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** POST a JSON body and answer the JSON reply; throws ApiError with the server's ProblemDetails message. */
export async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: authHeaders({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** GET JSON, or null when the server has no such endpoint (404 without a planner message, i.e. not yet deployed). */
export async function probeJson(path, params = {}) {
  const response = await fetch(withQuery(path, params), { headers: { Accept: 'application/json' } });
  if (response.status === 404) return null;
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

/** One analysis of /api/v1/analytics: the envelope's result. */
export async function analytics(name, params) {
  const envelope = await getJson(`/api/v1/analytics/${name}`, params);
  return envelope.result;
}

export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function authHeaders(headers) {
  const value = token();
  if (value) headers.Authorization = `Bearer ${value}`;
  return headers;
}
