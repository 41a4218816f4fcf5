import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';

/**
 * The cast as one SQL statement (so one transaction): consume the code if it is unused, live (its
 * poll is open) and of the poll the choices belong to; store the ballot from what that update
 * returned. Nothing else is written: no audit entry per cast (it would carry the cast's time and
 * count casts as they happen); the poll's close records how many ballots it received. Fixed text,
 * sent straight to the driver: PostgreSQL keeps it as a named prepared statement per connection
 * (parsed and planned once), and no query builder runs on the hottest path. Parameters: hmac, poll
 * id, tracker, choices.
 */
const CAST_SQL = `
  with c as (
    update ballot_codes set used = true
    where code_hmac = $1 and poll_id = $2 and live and not used
    returning poll_id, county_id
  ),
  b as (
    insert into ballots (county_id, poll_id, tracker, choices)
    select county_id, poll_id, $3, $4::jsonb from c
    returning poll_id
  )
  select poll_id from b`;

type Rows = { rows: unknown[] };
type PgPool = { query(config: { name: string; text: string; values: unknown[] }): Promise<Rows> };
type Pglite = { query(text: string, values: unknown[]): Promise<Rows> };

export type CastValues = {
  hmac: string;
  pollId: string;
  tracker: string;
  choices: string;
};

/** Runs the cast statement; true when the ballot was stored. */
export async function runCastStatement(database: Database, v: CastValues): Promise<boolean> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  const values = [v.hmac, v.pollId, v.tracker, v.choices];
  const result =
    database.kind === 'postgres'
      ? await (client as PgPool).query({ name: 'vp_cast_ballot', text: CAST_SQL, values })
      : await (client as Pglite).query(CAST_SQL, values);
  return result.rows.length === 1;
}

/**
 * The same statement with its parameters bound, for a caller already inside a transaction (the
 * demo's votes are cast in the one demo transaction); the hot path keeps runCastStatement.
 */
export function castStatementSql(v: CastValues): SQL {
  const values = [v.hmac, v.pollId, v.tracker, v.choices];
  const parts = CAST_SQL.split(/\$[1-4]/);
  return sql.join(
    parts.flatMap((part, i) => (i < values.length ? [sql.raw(part), sql`${values[i]}`] : [sql.raw(part)])),
  );
}
