/**
 * A synthetic province for the year-end evaluation benches, written by the database itself
 * (INSERT … SELECT over generate_series: one statement per table, no row crosses the wire).
 * Ids are md5-derived uuids of each row's ordinal, so rows of different tables join by arithmetic.
 *
 * Per county: 15 townships × 20 villages = 300 villages; per village 2 participants (secretary and
 * director) with 3–4 confirmed pledges each (3.75 on average), one meeting and one certified 民主测评
 * poll whose frozen result holds both participants' questions; per township one 乡集中述职 meeting
 * with 12 or 13 jurors who each scored every reporter (one juror of each meeting recused from one
 * village), and one inspection item per pledge (every village submitted by its township's team). 67 counties ≈ 20,100 villages, 40,200 participants,
 * 150,750 pledges, ~502,000 jury scores.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import { defaultCampaignConfig } from '../server/domain/campaign-config.ts';

export const TOWNSHIPS_PER_COUNTY = 15;
export const VILLAGES_PER_TOWNSHIP = 20;
export const BENCH_YEAR = 2026;

const id = (kind: string, n: string) => sql.raw(`md5('${kind}' || ${n})::uuid`);

/** A pseudo-random integer 0..(mod-1) from a row's ordinal and a salt (stable across runs). */
const hash = (n: string, salt: string, mod: number) =>
  sql.raw(`(('x' || substr(md5('${salt}' || ${n}), 1, 8))::bit(32)::bigint % ${mod})`);

export type Province = { counties: number; townships: number; villages: number; participants: number };

/** Writes the province; returns its sizes and the table row counts as inserted. */
export async function writeProvince(database: Database, counties: number) {
  const db = database.db;
  const townships = counties * TOWNSHIPS_PER_COUNTY;
  const villages = townships * VILLAGES_PER_TOWNSHIP;
  const participants = villages * 2;
  const config = JSON.stringify(defaultCampaignConfig(BENCH_YEAR)).replaceAll("'", "''");
  const run = (statement: ReturnType<typeof sql>) => db.execute(statement);
  // Ordinals: county c, township t (county t / 15), village v (township v / 20), participant p (village p / 2).
  await run(sql`insert into counties (id, county_id, name)
    select ${id('county', 'c')}, ${id('county', 'c')}, '基准县' || c from generate_series(0, ${counties - 1}) c`);
  await run(sql`insert into townships (id, county_id, name)
    select ${id('township', 't')}, ${id('county', `(t / ${TOWNSHIPS_PER_COUNTY})`)}, '基准乡' || t
    from generate_series(0, ${townships - 1}) t`);
  await run(sql`insert into villages (id, county_id, township_id, name, code, adult_population, households, representatives)
    select ${id('village', 'v')}, ${id('county', `(v / ${VILLAGES_PER_TOWNSHIP * TOWNSHIPS_PER_COUNTY})`)},
      ${id('township', `(v / ${VILLAGES_PER_TOWNSHIP})`)}, '基准村' || v, lpad(v::text, 12, '0'), 1200, 400, 40
    from generate_series(0, ${villages - 1}) v`);
  await run(
    sql.raw(`insert into campaigns (id, county_id, township_id, year, phase, config)
    select md5('campaign' || t)::uuid, md5('county' || (t / ${TOWNSHIPS_PER_COUNTY}))::uuid, md5('township' || t)::uuid,
      ${BENCH_YEAR}, 'evaluation', '${config}'::jsonb
    from generate_series(0, ${townships - 1}) t`),
  );
  // Every participant row below knows its village v = p / 2, township t = p / 40, county = p / 600.
  const perTownship = VILLAGES_PER_TOWNSHIP * 2;
  const perCounty = perTownship * TOWNSHIPS_PER_COUNTY;
  const tenant = (p: string) =>
    sql.raw(
      `md5('county' || (${p} / ${perCounty}))::uuid, md5('township' || (${p} / ${perTownship}))::uuid, md5('village' || (${p} / 2))::uuid`,
    );
  await run(sql`insert into persons (id, county_id, township_id, village_id, name)
    select ${id('person', 'p')}, ${tenant('p')}, '干部' || p from generate_series(0, ${participants - 1}) p`);
  await run(sql`insert into participants (id, county_id, township_id, village_id, campaign_id, person_id, is_secretary, is_director)
    select ${id('participant', 'p')}, ${tenant('p')}, ${id('campaign', `(p / ${perTownship})`)}, ${id('person', 'p')},
      p % 2 = 0, p % 2 = 1
    from generate_series(0, ${participants - 1}) p`);
  await run(sql`insert into pledge_sets (id, county_id, township_id, village_id, campaign_id, participant_id, status)
    select ${id('set', 'p')}, ${tenant('p')}, ${id('campaign', `(p / ${perTownship})`)}, ${id('participant', 'p')}, 'approved'
    from generate_series(0, ${participants - 1}) p`);
  await run(sql`insert into pledges (id, county_id, township_id, village_id, campaign_id, set_id, participant_id, position,
      category, title, content, completion_standard, due_date, status)
    select ${id('pledge', "p || '-' || k")}, ${tenant('p')}, ${id('campaign', `(p / ${perTownship})`)}, ${id('set', 'p')},
      ${id('participant', 'p')}, k, '民生实事', '承诺事项' || p || '-' || k, '内容', '标准', date '2026-10-31', 'confirmed'
    from generate_series(0, ${participants - 1}) p, generate_series(0, 3) k
    where k < 3 or p % 4 <> 0`);
  await writeEvaluation(database, villages, perCounty);
  await writeJury(database, townships, perTownship, perCounty);
  await run(sql`insert into inspection_items (county_id, township_id, village_id, campaign_id, pledge_id, participant_id,
      status, progress_percent, recognition, recorded_by_name)
    select county_id, township_id, village_id, campaign_id, id, participant_id,
      (array['completed','completed','basically_completed','in_progress','not_completed'])[1 + ${hash('id::text', 's', 5)}],
      40 + ${hash('id::text', 'g', 61)},
      (array['recognized','recognized','basically_recognized','not_recognized'])[1 + ${hash('id::text', 'r', 4)}],
      '考察组'
    from pledges`);
  // One inspection team per township; every village inspected and submitted (the part is complete).
  await run(sql`insert into inspection_teams (id, county_id, township_id, campaign_id, name)
    select ${id('team', 't')}, ${id('county', `(t / ${TOWNSHIPS_PER_COUNTY})`)}, ${id('township', 't')},
      ${id('campaign', 't')}, '考察组'
    from generate_series(0, ${townships - 1}) t`);
  await run(sql`insert into inspection_villages (county_id, township_id, village_id, campaign_id, team_id,
      submitted_at, submitted_by_name)
    select ${id('county', `(v / ${VILLAGES_PER_TOWNSHIP * TOWNSHIPS_PER_COUNTY})`)},
      ${id('township', `(v / ${VILLAGES_PER_TOWNSHIP})`)}, ${id('village', 'v')},
      ${id('campaign', `(v / ${VILLAGES_PER_TOWNSHIP})`)}, ${id('team', `(v / ${VILLAGES_PER_TOWNSHIP})`)},
      timestamptz '2026-12-15 17:00+08', '组长'
    from generate_series(0, ${villages - 1}) v`);
  await run(sql`analyze`);
  return { counties, townships, villages, participants };
}

/** One meeting and one certified 民主测评 per village, its frozen result with both cadres' questions. */
async function writeEvaluation(database: Database, villages: number, perCounty: number) {
  const perCountyVillages = perCounty / 2;
  await database.db.execute(sql`insert into meetings (id, county_id, township_id, village_id, campaign_id, kind, title,
      starts_at, place, host, counters, scrutineers, eligible, households)
    select ${id('meeting', 'v')}, ${id('county', `(v / ${perCountyVillages})`)}, ${id('township', `(v / ${VILLAGES_PER_TOWNSHIP})`)},
      ${id('village', 'v')}, ${id('campaign', `(v / ${VILLAGES_PER_TOWNSHIP})`)}, 'party_villager_reps', '民主测评会议',
      timestamptz '2026-12-10 09:00+08', '村委会', '主持人', '[]'::jsonb, '[]'::jsonb, 60, 400
    from generate_series(0, ${villages - 1}) v`);
  // Votes per question: 满意 20–39, 基本满意 5–14, 不满意 0–5 (1 in 100 cadres: 45, unqualified), 不了解 2.
  const option = (kind: string, score: string, votes: string) =>
    `jsonb_build_object('id', '${kind}', 'label', '${kind}', 'kind', '${kind}', 'score', ${score}, 'countsAsValid', true, 'electronic', 0, 'paper', ${votes}, 'votes', ${votes})`;
  const question = (p: string) => {
    const h = (salt: string, mod: number) =>
      `(('x' || substr(md5('${salt}' || ${p}), 1, 8))::bit(32)::bigint % ${mod})`;
    const unsatisfied = `(case when ${h('u', 100)} = 0 then 45 else ${h('n', 6)} end)`;
    return `jsonb_build_object('questionId', md5('q' || ${p})::uuid, 'label', '测评', 'subjectType', 'participant',
      'subjectId', md5('participant' || ${p})::uuid, 'cast', 60, 'blank', 1, 'invalid', 0, 'valid', 50,
      'outcome', 'passed', 'satisfaction', null, 'options', jsonb_build_array(
        ${option('satisfied', '100', `(20 + ${h('a', 20)})`)}, ${option('basically_satisfied', '75', `(5 + ${h('b', 10)})`)},
        ${option('unsatisfied', '55', unsatisfied)}, ${option('dont_know', 'null', '2')}))`;
  };
  await database.db.execute(
    sql.raw(`insert into polls (id, county_id, township_id, village_id, meeting_id, title, purpose, denominator, quorum_preset,
      status, certified_at, result)
    select md5('poll' || v)::uuid, md5('county' || (v / ${perCountyVillages}))::uuid, md5('township' || (v / ${VILLAGES_PER_TOWNSHIP}))::uuid,
      md5('village' || v)::uuid, md5('meeting' || v)::uuid, '民主测评', 'democratic_evaluation', 'valid', 'law2018',
      'certified', timestamptz '2026-12-10 11:00+08',
      jsonb_build_object('questions', jsonb_build_array(${question('(v * 2)')}, ${question('(v * 2 + 1)')}))
    from generate_series(0, ${villages - 1}) v`),
  );
}

/** Per township one finished report meeting: 12 jurors (13 in odd townships), every reporter scored. */
async function writeJury(database: Database, townships: number, perTownship: number, perCounty: number) {
  const run = (statement: ReturnType<typeof sql>) => database.db.execute(statement);
  const county = (t: string) => id('county', `(${t} / ${TOWNSHIPS_PER_COUNTY})`);
  await run(sql`insert into jury_meetings (id, county_id, township_id, campaign_id, held_at, place, status)
    select ${id('jury', 't')}, ${county('t')}, ${id('township', 't')}, ${id('campaign', 't')},
      timestamptz '2026-12-20 09:00+08', '乡政府会议室', 'finished'
    from generate_series(0, ${townships - 1}) t`);
  await run(sql`insert into jurors (id, county_id, township_id, meeting_id, person_id, category, alias)
    select ${id('juror', "t || '-' || j")}, ${county('t')}, ${id('township', 't')}, ${id('jury', 't')},
      ${id('jperson', "t || '-' || j")}, 'township_leader', j + 1
    from generate_series(0, ${townships - 1}) t, generate_series(0, 12) j
    where j < 12 or t % 2 = 1`);
  await run(sql`insert into juror_ties (county_id, township_id, meeting_id, juror_id, village_id, source)
    select ${county('t')}, ${id('township', 't')}, ${id('jury', 't')}, ${id('juror', "t || '-0'")},
      ${id('village', `(t * ${VILLAGES_PER_TOWNSHIP})`)}, 'own_village'
    from generate_series(0, ${townships - 1}) t`);
  await run(sql`insert into jury_reporters (id, county_id, township_id, meeting_id, participant_id, village_id, position, status)
    select ${id('reporter', 'p')}, ${id('county', `(p / ${perCounty})`)}, ${id('township', `(p / ${perTownship})`)},
      ${id('jury', `(p / ${perTownship})`)}, ${id('participant', 'p')}, ${id('village', '(p / 2)')}, p % ${perTownship}, 'done'
    from generate_series(0, ${townships * perTownship - 1}) p`);
  await run(sql`insert into jury_scores (county_id, township_id, meeting_id, reporter_id, juror_id, total, source, entered_by)
    select r.county_id, r.township_id, r.meeting_id, r.id, j.id, (6000 + ${hash('r.id::text || j.id::text', 'v', 3800)}) / 100.0,
      'phone', j.id
    from jury_reporters r join jurors j on j.meeting_id = r.meeting_id
    where not exists (select 1 from juror_ties x where x.juror_id = j.id and x.village_id = r.village_id)`);
}

/** Row counts of the tables the benches read, as inserted. */
export async function rowCounts(database: Database) {
  const tables = ['villages', 'participants', 'pledges', 'polls', 'jury_scores', 'inspection_items'] as const;
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const result = await database.db.execute(sql.raw(`select count(*)::int as n from ${t}`));
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    counts[t] = rows[0]!.n;
  }
  return counts;
}
