// The pages' only way to data: the relay forwards to registry-api with the user's token (server side).
const RELAY = 'relay/v1/';

export class Problem extends Error {
  constructor(body, status) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.type = body.type;
    this.errors = body.errors || [];
    this.requestId = body.requestId;
  }
}

async function call(method, path, body, headers = {}) {
  const response = await fetch(RELAY + path, {
    method,
    credentials: 'same-origin',
    headers: {
      'Accept': 'application/json',
      ...(method === 'GET' ? {} : { 'X-Requested-With': 'registry-web' }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new Problem(typeof payload === 'object' ? payload : { detail: payload }, response.status);
  }
  return { body: payload, etag: response.headers.get('ETag'), status: response.status };
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body, headers) => call('POST', path, body, headers),
  put: (path, body, etag) => call('PUT', path, body, { 'If-Match': etag }),
};
