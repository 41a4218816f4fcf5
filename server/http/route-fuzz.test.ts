import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { isAllowed } from '../domain/permissions.ts';
import { ROLES } from '../domain/roles.ts';
import { DEMO_ACCOUNTS } from '../modules/demo/demo-data.ts';
import { type Client, createTestContext } from '../test/harness.ts';
import type { RouteEntry } from './auth.ts';
import { apiRoutes, fillPath, pathParams } from './route-list.ts';

/**
 * Bad input on every /api route (read from the app, so later routes are covered): a zero byte in
 * every string field, parameter and query value, a 100 000-character string, wrong types, a missing
 * body and a 5 000-character id in the path, each sent alone to otherwise well-formed requests, by a
 * role that may call the route (the office where it may, the public on public routes). Every answer
 * must be a 4xx in the product's shape with a Chinese message, and no table may gain or lose a row.
 * The fields come from the app's own OpenAPI description of each route.
 */

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  nullable?: boolean;
};
type Parameter = { in: 'path' | 'query'; name: string; schema: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
};
type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'any';

const NUL = 'a\u0000b';
const LONG = '长'.repeat(100_000);
const LONG_ID = 'a'.repeat(5_000);
const WRONG: Record<Exclude<Kind, 'any'>, unknown> = {
  string: 12345,
  number: '十二',
  boolean: '是',
  array: { a: 1 },
  object: [1, 2],
};

/** The options of a union that are not null (a nullable field's value is its other option). */
function options(s: Schema): Schema[] {
  const all = s.anyOf ?? s.oneOf ?? [];
  return all.filter((o) => o.type !== 'null');
}

function typeOf(s: Schema): string | undefined {
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (t) return t;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  const first = options(s)[0] ?? s.allOf?.[0];
  return first ? typeOf(first) : undefined;
}

/** What a wrong type for the field is; 'any' where a union takes several types (nothing is wrong). */
function kindOf(s: Schema): Kind {
  const union = options(s);
  if (union.length > 1 && new Set(union.map(typeOf)).size > 1) return 'any';
  if (s.enum || s.const !== undefined)
    return typeof (s.enum?.[0] ?? s.const) === 'number' ? 'number' : 'string';
  const t = typeOf(s);
  if (t === 'integer' || t === 'number') return 'number';
  if (t === 'string' || t === 'boolean' || t === 'array' || t === 'object') return t;
  return 'any';
}

/** A plausible value of the field: every property (optional ones too) and one item of every list. */
function sample(s: Schema, depth = 0): unknown {
  const union = options(s);
  if (union.length > 0) return sample(union[0]!, depth);
  if (s.allOf?.[0]) return sample(s.allOf[0], depth);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const t = typeOf(s);
  if (t === 'object') {
    if (depth > 6) return {};
    return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
  }
  if (t === 'array') return s.items && depth <= 6 ? [sample(s.items, depth + 1)] : [];
  if (t === 'integer' || t === 'number') return s.minimum ?? (s.exclusiveMinimum ?? 0) + 1;
  if (t === 'boolean') return false;
  if (t === 'string') {
    if (s.format === 'uuid') return randomUUID();
    if (s.format === 'date-time') return '2027-03-01T09:00:00+08:00';
    if (s.format === 'date') return '2027-03-01';
    return '字'.repeat(Math.max(1, s.minLength ?? 1));
  }
  return null;
}

type Node = { path: (string | number)[]; kind: Kind };

/** Every field below the root, with its kind, following the sample's shape. */
function fields(s: Schema, path: (string | number)[] = []): Node[] {
  const union = options(s);
  const own = union.length === 1 ? union[0]! : (s.allOf?.[0] ?? s);
  const here: Node[] = path.length ? [{ path, kind: kindOf(s) }] : [];
  if (union.length > 1) return here;
  const t = typeOf(own);
  if (t === 'object')
    return [
      ...here,
      ...Object.entries(own.properties ?? {}).flatMap(([k, v]) =>
        path.length > 12 ? [] : fields(v, [...path, k]),
      ),
    ];
  if (t === 'array' && own.items && path.length <= 12) return [...here, ...fields(own.items, [...path, 0])];
  return here;
}

function setAt(value: unknown, path: (string | number)[], to: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = to;
  return copy;
}

type Probe = { what: string; url: string; payload?: unknown; noBody?: boolean };

function queryString(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    for (const item of Array.isArray(v) ? v : [v]) search.append(k, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The bad requests for one route. */
function probes(route: RouteEntry, op: Operation): Probe[] {
  const params = pathParams(route.url);
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  const baseQuery = Object.fromEntries(query.map((p) => [p.name, sample(p.schema)]));
  const url = (fill: (name: string) => string = () => randomUUID(), q: Record<string, unknown> = baseQuery) =>
    fillPath(route.url, fill) + queryString(q);
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(route.method);
  const baseBody = bodySchema ? sample(bodySchema) : hasBody ? {} : undefined;
  const out: Probe[] = [];
  const send = (what: string, u: string, payload = baseBody) => out.push({ what, url: u, payload });

  for (const name of params) {
    const only = (value: string) => (n: string) => (n === name ? encodeURIComponent(value) : randomUUID());
    send(`path ${name}: zero byte`, url(only(NUL)));
    send(`path ${name}: 5000 characters`, url(only(LONG_ID)));
  }
  for (const p of query) {
    const kind = kindOf(p.schema);
    const withValue = (v: unknown) => url(undefined, { ...baseQuery, [p.name]: v });
    send(`query ${p.name}: zero byte`, withValue(NUL));
    send(`query ${p.name}: 100000 characters`, withValue(LONG));
    if (kind === 'string') send(`query ${p.name}: a list`, withValue(['字', '词']));
    if (kind === 'number' || kind === 'boolean') send(`query ${p.name}: wrong type`, withValue('十二'));
  }
  if (query.length === 0) send('query: zero byte in an unknown key', url(undefined, { 备注: NUL }));

  if (bodySchema) {
    for (const node of fields(bodySchema)) {
      const name = node.path.join('.');
      if (node.kind === 'string' || node.kind === 'any') {
        send(`body ${name}: zero byte`, url(), setAt(baseBody, node.path, NUL));
        send(`body ${name}: 100000 characters`, url(), setAt(baseBody, node.path, LONG));
      }
      if (node.kind !== 'any')
        send(`body ${name}: wrong type`, url(), setAt(baseBody, node.path, WRONG[node.kind]));
    }
    const rootKind = kindOf(bodySchema);
    if (rootKind !== 'any') send('body: wrong type', url(), WRONG[rootKind]);
    if (op.requestBody?.required) out.push({ what: 'body: missing', url: url(), noBody: true });
  } else if (hasBody) {
    send('body: zero byte in an unknown field', url(), { 备注: NUL });
  }
  return out;
}

const CJK = /[\u4e00-\u9fff]/;
/** English a person would read as the framework speaking (Fastify's, Zod's or Ajv's words). */
const FRAMEWORK_WORDS =
  /body\/|querystring|params\/|must be|must have|Bad Request|Expected|Invalid|Required|should|Unexpected|Error/i;

/** Words in Latin letters a person might still meet in a message: file types, and a flag's values. */
const LATIN_ALLOWED = new Set(['xlsx', 'docx', 'true', 'false']);

function problemOf(status: number, text: string): string | null {
  if (status < 400 || status >= 500) return `状态 ${status}`;
  let body: { error?: { code?: unknown; message?: unknown }; [key: string]: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return `${status} 不是 JSON：${text.slice(0, 80)}`;
  }
  const { code, message } = body.error ?? {};
  if (typeof code !== 'string' || typeof message !== 'string')
    return `${status} 形状不对：${text.slice(0, 120)}`;
  if (Object.keys(body).join() !== 'error') return `${status} 形状不对：${text.slice(0, 120)}`;
  if (!CJK.test(message) || FRAMEWORK_WORDS.test(message)) return `${status} 提示不是中文：${message}`;
  const latin = (message.match(/[A-Za-z_]{3,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
  if (latin.length > 0) return `${status} 提示里有英文代码 ${latin.join(' ')}：${message}`;
  return null;
}

const t = await createTestContext();
afterAll(() => t.close());

const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
  paths: Record<string, Record<string, Operation>>;
};
const operationOf = (route: RouteEntry): Operation =>
  doc.paths[route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[route.method.toLowerCase()] ?? {};

/** The demo account a route is probed as: the office where its permission allows, else the first role that may. */
function usernameFor(route: RouteEntry): string | null {
  if (route.permission === 'public') return null;
  const permission = route.permission;
  const role = isAllowed('township_office', permission)
    ? 'township_office'
    : ROLES.find((r) => isAllowed(r, permission));
  return DEMO_ACCOUNTS.find((a) => a.role === role)?.username ?? null;
}

const routes = apiRoutes(t.app).filter((r) => r.url !== '/api/openapi.json');
const clients = new Map<string | null, Client>();
// Signing in writes sessions: done before any count is taken.
for (const route of routes) {
  const username = usernameFor(route);
  if (!clients.has(username)) clients.set(username, await t.as(username));
}

/** Row counts of every table but the per-address request counters (PostgreSQL's shared rate limit). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = (await t.database.db.execute(sql`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'rate_limit_hits'
    order by table_name`)) as unknown as { rows: { name: string }[] };
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = (await t.database.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(name)}`,
    )) as unknown as { rows: { n: number }[] };
    counts[name] = Number(result.rows[0]!.n);
  }
  return counts;
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in 10 s`)), 10_000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let probesSent = 0;

/** Each probe from its own address, so a route's own rate limit (public letters) never answers first. */
const addressOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

async function probe(route: RouteEntry, p: Probe): Promise<string | null> {
  const client = clients.get(usernameFor(route))!;
  probesSent += 1;
  const res = await withTimeout(
    client.request({
      method: route.method as 'GET',
      url: p.url,
      remoteAddress: addressOf(probesSent),
      ...(p.noBody || p.payload === undefined
        ? {}
        : { payload: JSON.stringify(p.payload), headers: { 'content-type': 'application/json' } }),
    }),
    `${route.method} ${route.url} ${p.what}`,
  );
  return problemOf(res.statusCode, res.body);
}

/** Routes by their first segment (/api/campaigns/… → campaigns): rows are counted around each group. */
const groups = new Map<string, RouteEntry[]>();
for (const route of routes) {
  const group = route.url.split('/')[2] ?? '';
  groups.set(group, [...(groups.get(group) ?? []), route]);
}

describe('every route refuses bad input with a Chinese 4xx and stores nothing', () => {
  it('covers the routes', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.some((r) => r.permission === 'public')).toBe(true);
  });

  for (const [group, members] of groups) {
    it(`/api/${group} (${members.length} routes)`, { timeout: 120_000 }, async () => {
      const before = await rowCounts();
      const wrong: string[] = [];
      for (const route of members) {
        for (const p of probes(route, operationOf(route))) {
          const problem = await probe(route, p);
          if (problem) wrong.push(`${route.method} ${route.url} — ${p.what}: ${problem}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(await rowCounts()).toEqual(before);
    });
  }
});

describe('the sweep', () => {
  it('sent every kind of probe', () => {
    // Runs after the groups (vitest keeps the order): a few probes per route at least.
    expect(probesSent).toBeGreaterThan(routes.length * 3);
  });
});
