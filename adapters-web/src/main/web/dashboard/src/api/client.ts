// A thin typed client over fetch. Paths, parameters and bodies are checked against the types generated
// from the server's OpenAPI document (src/api/schema.d.ts), so a renamed route or field fails `tsc`.
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The API's `{error:{code,message,field?}}`, plus the HTTP status it came with. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** A sentence for people: what the API said, which field, and the code/status for support. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    const field = err.field ? ` (field "${err.field}")` : '';
    return `${err.message}${field} [${err.code}, HTTP ${err.status}]`;
  }
  if (err instanceof TypeError) {
    return `Cannot reach the StreamHub server: ${err.message}`;
  }
  return err instanceof Error ? err.message : String(err);
}

const TOKEN_KEY = 'streamhub.session';
let unauthorizedListener: (() => void) | null = null;

export const session = {
  token(): string | null {
    return localStorage.getItem(TOKEN_KEY);
  },
  save(token: string): void {
    localStorage.setItem(TOKEN_KEY, token);
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
  },
  /** Called when the API answers 401: the session is gone or was never there. */
  onUnauthorized(listener: (() => void) | null): void {
    unauthorizedListener = listener;
  },
};

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Op<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: unknown } ? paths[P][M] : never;
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];
type JsonOf<X> = X extends { content: { 'application/json': infer B } } ? B : never;
type ResponseBody<O> = O extends { responses: infer R } ? JsonOf<R[keyof R]> : never;
type Nullish<T> = [T] extends [never] ? null : T;
type DeepPartial<T> = T extends (infer E)[] ? E[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | null } : T;
type PathParams<O> = O extends { parameters: { path: infer PP } } ? ([PP] extends [undefined] ? never : PP) : never;
type RequestBody<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Query = Record<string, string | number | boolean | null | undefined>;
export interface Options<O> {
  path?: PathParams<O> extends never ? never : NonNullable<PathParams<O>>;
  query?: Query;
  body?: DeepPartial<RequestBody<O>>;
}

/** Fills {name} placeholders (URL-encoded) and appends the non-empty query values. */
export function buildUrl(template: string, path?: Record<string, unknown>, query?: Query): string {
  const url = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path?.[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`missing path parameter ${name} for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const qs = search.toString();
  return qs ? `${url}?${qs}` : url;
}

async function request<P extends keyof paths, M extends Method>(
  method: M, template: P, options: Options<Op<P, M>> = {},
): Promise<Nullish<ResponseBody<Op<P, M>>>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = session.token();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(buildUrl(template as string, options.path as Record<string, unknown>, options.query),
    { method: method.toUpperCase(), headers, body });
  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  const error = (json as { error?: { code?: string; message?: string; field?: string } | null } | null)?.error;
  if (response.status === 401) {
    session.clear();
    unauthorizedListener?.();
  }
  if (!response.ok || error) {
    if (error && error.message) {
      throw new ApiError(response.status, error.code ?? 'error', error.message, error.field ?? undefined);
    }
    const words = text && !json ? text.slice(0, 200) : response.statusText || 'request failed';
    throw new ApiError(response.status, `http_${response.status}`, words);
  }
  return json as Nullish<ResponseBody<Op<P, M>>>;
}

export const api = {
  get: <P extends PathsWith<'get'>>(path: P, options?: Options<Op<P, 'get'>>) => request('get', path, options),
  post: <P extends PathsWith<'post'>>(path: P, options?: Options<Op<P, 'post'>>) => request('post', path, options),
  put: <P extends PathsWith<'put'>>(path: P, options?: Options<Op<P, 'put'>>) => request('put', path, options),
  patch: <P extends PathsWith<'patch'>>(path: P, options?: Options<Op<P, 'patch'>>) => request('patch', path, options),
  delete: <P extends PathsWith<'delete'>>(path: P, options?: Options<Op<P, 'delete'>>) => request('delete', path, options),
};

/** Signs in and keeps the session JWT. The login answer is untyped in the document (a raw response). */
export async function login(user: string, password: string): Promise<void> {
  const answer = (await api.post('/api/v1/auth/login', { body: { user, password } })) as unknown as {
    data?: { token?: string };
  };
  const token = answer?.data?.token;
  if (!token) {
    throw new ApiError(500, 'no_token', 'the server accepted the sign-in but sent no session token');
  }
  session.save(token);
}
