import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, buildUrl, describeError, login, session } from './client';

function answer(status: number, body: unknown, raw = false) {
  return Promise.resolve(new Response(raw ? String(body) : JSON.stringify(body), {
    status, headers: { 'Content-Type': raw ? 'text/plain' : 'application/json' },
  }));
}

describe('buildUrl', () => {
  it('fills and encodes path parameters and drops empty query values', () => {
    expect(buildUrl('/api/v1/apps/{app}/rooms/{room}', { app: 'a b', room: 'r/1' }, { limit: 20, q: '', status: null }))
      .toBe('/api/v1/apps/a%20b/rooms/r%2F1?limit=20');
  });
  it('refuses a missing path parameter instead of calling a wrong URL', () => {
    expect(() => buildUrl('/api/v1/apps/{app}', {})).toThrow(/missing path parameter app/);
  });
});

describe('api client', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    localStorage.clear();
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    session.onUnauthorized(null);
  });

  it('sends the session as a bearer token and returns the envelope', async () => {
    session.save('jwt-1');
    fetchMock.mockReturnValueOnce(answer(200, { data: [{ name: 'live' }], error: null }));
    const apps = await api.get('/api/v1/apps');
    expect(apps.data[0].name).toBe('live');
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/apps');
    expect(init.headers.Authorization).toBe('Bearer jwt-1');
    expect(init.method).toBe('GET');
  });

  it('turns the API error into an ApiError carrying code, message, field and status', async () => {
    fetchMock.mockReturnValueOnce(answer(400, { data: null, error: { code: 'invalid_input', message: 'name is taken', field: 'name' } }));
    const err = await api.post('/api/v1/apps', { body: { name: 'x' } }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('invalid_input');
    expect(err.field).toBe('name');
    expect(err.status).toBe(400);
    expect(describeError(err)).toBe('name is taken (field "name") [invalid_input, HTTP 400]');
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ name: 'x' });
    expect(fetchMock.mock.calls[0][1].headers['Content-Type']).toBe('application/json');
  });

  it('on 401 forgets the session and tells the app to show the login', async () => {
    session.save('expired');
    const listener = vi.fn();
    session.onUnauthorized(listener);
    fetchMock.mockReturnValueOnce(answer(401, { data: null, error: { code: 'unauthenticated', message: 'sign in first' } }));
    await expect(api.get('/api/v1/apps')).rejects.toThrow('sign in first');
    expect(session.token()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not call the 401 listener on a 403', async () => {
    const listener = vi.fn();
    session.onUnauthorized(listener);
    session.save('t');
    fetchMock.mockReturnValueOnce(answer(403, { data: null, error: { code: 'forbidden', message: 'not yours' } }));
    await expect(api.get('/api/v1/cluster/nodes')).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(listener).not.toHaveBeenCalled();
    expect(session.token()).toBe('t');
  });

  it('words a non-JSON failure with its status and body', async () => {
    fetchMock.mockReturnValueOnce(answer(502, 'Bad Gateway from proxy', true));
    const err = await api.get('/api/v1/health').catch((e) => e);
    expect(describeError(err)).toBe('Bad Gateway from proxy [http_502, HTTP 502]');
  });

  it('treats an error in a 200 envelope as a failure', async () => {
    fetchMock.mockReturnValueOnce(answer(200, { data: null, error: { code: 'odd', message: 'half done' } }));
    await expect(api.get('/api/v1/health')).rejects.toMatchObject({ code: 'odd', message: 'half done' });
  });

  it('returns null for an empty answer (204)', async () => {
    fetchMock.mockReturnValueOnce(Promise.resolve(new Response(null, { status: 204 })));
    const out = await api.delete('/api/v1/apps/{app}/rooms/{room}/participants/{identity}',
      { path: { app: 'a', room: 'r', identity: 'bob' } });
    expect(out).toBeNull();
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/apps/a/rooms/r/participants/bob');
  });

  it('words a network failure', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe('Cannot reach the StreamHub server: Failed to fetch');
  });

  it('login keeps the session token; a refused login keeps none', async () => {
    fetchMock.mockReturnValueOnce(answer(200, { data: { token: 'jwt-2', tokenType: 'Bearer', expiresIn: 60 }, error: null }));
    await login('admin', 'pw');
    expect(session.token()).toBe('jwt-2');
    session.clear();
    fetchMock.mockReturnValueOnce(answer(401, { data: null, error: { code: 'unauthenticated', message: 'wrong user or password' } }));
    await expect(login('admin', 'bad')).rejects.toThrow('wrong user or password');
    expect(session.token()).toBeNull();
  });
});
