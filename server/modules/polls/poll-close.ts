import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';

/**
 * Secrecy at rest (DESIGN §2.3), run by the close in its transaction: while a poll is open, heap
 * order of `ballots` follows cast order, and each used code row was rewritten by the cast that used
 * it, so the two tables in physical order (a plain `pg_dump`, `ctid`) or by writing transaction
 * (`xmin`) pair each ballot with its code. Here every ballot row and every code row of the poll is
 * copied aside, deleted and inserted again in random order: afterwards all of them carry this
 * transaction's id and sit in an order no cast made. The old versions are dead rows that no query or
 * dump returns; VACUUM reclaims them.
 */
export async function rewriteInRandomOrder(tx: Tx, pollId: string): Promise<number> {
  await tx.execute(sql`
    create temp table vp_close_ballots on commit drop as
    select id, county_id, poll_id, tracker, choices from ballots where poll_id = ${pollId}`);
  await tx.execute(sql`
    create temp table vp_close_codes on commit drop as
    select code_hmac, county_id, poll_id, used, live from ballot_codes where poll_id = ${pollId}`);
  await tx.execute(sql`delete from ballots where poll_id = ${pollId}`);
  await tx.execute(sql`delete from ballot_codes where poll_id = ${pollId}`);
  // gen_random_uuid() draws from the server's strong random source; an INSERT … SELECT … ORDER BY
  // writes rows in the sorted order.
  await tx.execute(sql`
    insert into ballots (id, county_id, poll_id, tracker, choices)
    select id, county_id, poll_id, tracker, choices from vp_close_ballots order by gen_random_uuid()`);
  await tx.execute(sql`
    insert into ballot_codes (code_hmac, county_id, poll_id, used, live)
    select code_hmac, county_id, poll_id, used, live from vp_close_codes order by gen_random_uuid()`);
  const counted = (await tx.execute(sql`select count(*)::int as n from vp_close_ballots`)) as unknown as {
    rows: { n: number }[];
  };
  await tx.execute(sql`drop table vp_close_ballots`);
  await tx.execute(sql`drop table vp_close_codes`);
  return counted.rows[0]!.n;
}
