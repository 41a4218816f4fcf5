/**
 * An error as it may be logged: no personal data from SQL parameters. Drizzle's query errors say
 * `Failed query: … params: 张三,138…`, and PostgreSQL quotes the offending value in its message
 * (`invalid input syntax for type uuid: "…"`) and in `detail` (`Key (phone)=(138…)`). The log keeps
 * the statement with its placeholders, the SQLSTATE and the constraint, table and column names.
 */
export type LoggedError = {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  cause?: LoggedError;
};

const KEPT_FIELDS = ['constraint', 'table', 'column', 'routine'] as const;

/** Quoted values and everything after a `params:` line are removed. */
export function redactMessage(message: string): string {
  return message
    .replace(/\n?params:[\s\S]*$/, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^()]*\)=\([^()]*\)/g, '(…)=(…)');
}

type ErrorLike = Error & {
  query?: unknown;
  params?: unknown;
  code?: unknown;
  cause?: unknown;
} & Partial<Record<(typeof KEPT_FIELDS)[number], unknown>>;

export function redactedError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: '(not an Error)' };
  const e = error as ErrorLike;
  const message =
    typeof e.query === 'string' && 'params' in e ? `Failed query: ${e.query}` : redactMessage(e.message);
  const frames = (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const logged: LoggedError = {
    type: e.name,
    message,
    stack: [`${e.name}: ${message}`, ...frames].join('\n'),
  };
  if (typeof e.code === 'string') logged.code = e.code;
  for (const key of KEPT_FIELDS) {
    const value = e[key];
    if (typeof value === 'string') logged[key] = value;
  }
  if (e.cause !== undefined && depth < 3) logged.cause = redactedError(e.cause, depth + 1);
  return logged;
}
