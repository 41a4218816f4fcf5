/**
 * The one JSON call of the light public pages (ballot, board, village page): no cookies, no cache,
 * and every failure as a PublicApiError with a Chinese message (the server's, or the page's own).
 */
export type CallMessages = { networkError: string; serverError: string; unknownError: string };

export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function publicCall<T>(
  messages: CallMessages,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new PublicApiError(0, 'NETWORK', messages.networkError);
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    // A proxy's HTML error page: a generic message below.
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
    const message = error?.message ?? (response.status >= 500 ? messages.serverError : messages.unknownError);
    throw new PublicApiError(response.status, error?.code ?? 'HTTP_ERROR', message, error?.field);
  }
  return data as T;
}
