/** The one way the web app talks to the server: JSON in and out, the server's Chinese errors as ApiError. */

export type RowError = { row: number; column: string; message: string };

type ErrorBody = {
  error?: { code?: string; message?: string; field?: string; rows?: RowError[] };
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly rows: RowError[] = [],
  ) {
    super(message);
  }
}

let csrfToken = '';

/** Kept from /api/auth/me; every write sends it back in the x-csrf-token header. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

let errorListener: ((error: ApiError) => void) | null = null;

/** One listener sees every failed request (the app uses it to notice an ended session). */
export function onApiError(listener: (error: ApiError) => void): void {
  errorListener = listener;
}

const NETWORK_MESSAGE = '无法连接服务器，请检查网络后重试';

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's error page): fall back to a generic message below.
  }
  const e = body.error ?? {};
  const message = e.message ?? `请求失败（${response.status}）`;
  return new ApiError(response.status, e.code ?? 'HTTP_ERROR', message, e.field, e.rows ?? []);
}

type RequestOptions = {
  /** Raw bytes to send instead of JSON (e.g. an .xlsx upload). */
  raw?: Blob | ArrayBuffer;
  contentType?: string;
};

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (options.raw !== undefined) {
    payload = options.raw;
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  if (!response.ok) {
    const error = await toApiError(response);
    errorListener?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  upload: <T>(path: string, bytes: ArrayBuffer, contentType: string) =>
    request<T>('POST', path, undefined, { raw: bytes, contentType }),
};

/** Builds a query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The Chinese message to show for any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后重试';
}
