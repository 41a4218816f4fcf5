import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { campaigns, counties, countySubmissions, townships } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import {
  COMPOSITE_BANDS,
  compositeDistribution,
  gradeCounts,
  meanComposite,
  unionGrades,
} from '../../domain/county/report-figures.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/local-time.ts';
import { chainHead } from '../audit/chain-head.ts';
import type { OverviewView } from './county.schema.ts';
import { documentNames } from './county-documents.ts';
import { listed, submissionView } from './county-report.service.ts';
import { type CountyTownship, countyWorkbook } from './county-workbook.ts';

/** The county's townships in the caller's scope, by name. */
const townshipsOf = (db: Queryable, actor: Actor) =>
  db
    .select({ id: townships.id, name: townships.name, timeZone: townships.timeZone })
    .from(townships)
    .where(scopeWhere(actor.scope, { county: townships.countyId, township: townships.id }))
    .orderBy(asc(townships.name));

/** Years with a campaign or a submission in the county, newest first. */
async function yearsOf(db: Queryable, actor: Actor) {
  const rows = await db
    .selectDistinct({ year: campaigns.year })
    .from(campaigns)
    .where(eq(campaigns.countyId, actor.scope.countyId));
  const submitted = await db
    .selectDistinct({ year: countySubmissions.year })
    .from(countySubmissions)
    .where(eq(countySubmissions.countyId, actor.scope.countyId));
  const years = [...new Set([...rows, ...submitted].map((r) => r.year))].sort((a, b) => b - a);
  return { years, submittedYears: new Set(submitted.map((r) => r.year)) };
}

/** Each township's latest submission of the year (a 更正 replaces the earlier one). */
async function latestSubmissions(db: Queryable, actor: Actor, year: number) {
  const rows = await db
    .select(listed)
    .from(countySubmissions)
    .where(and(eq(countySubmissions.countyId, actor.scope.countyId), eq(countySubmissions.year, year)))
    .orderBy(asc(countySubmissions.seq));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) latest.set(r.townshipId, r);
  return latest;
}

/** The default year: the newest with a submission, else the newest campaign year. */
function pickYear(years: number[], submittedYears: Set<number>, asked: number | undefined) {
  if (asked !== undefined) return asked;
  return years.find((y) => submittedYears.has(y)) ?? years[0] ?? null;
}

async function countyName(db: Queryable, countyId: string) {
  const [row] = await db.select({ name: counties.name }).from(counties).where(eq(counties.id, countyId));
  return row?.name ?? '';
}

/** Every township of the county side by side for a year: its latest submission, or none yet. */
export async function countyOverview(db: Queryable, actor: Actor, asked?: number): Promise<OverviewView> {
  const name = await countyName(db, actor.scope.countyId);
  const { years, submittedYears } = await yearsOf(db, actor);
  const year = pickYear(years, submittedYears, asked);
  const list = await townshipsOf(db, actor);
  const latest = year === null ? new Map() : await latestSubmissions(db, actor, year);
  const rows = list.map((t) => {
    const s = latest.get(t.id);
    return {
      townshipId: t.id,
      townshipName: t.name,
      submission: s
        ? {
            ...submissionView(s, name, t.timeZone),
            rows: s.rows,
            counts: gradeCounts(s.rows, s.grades),
            meanComposite: meanComposite(s.rows),
            distribution: compositeDistribution(s.rows),
          }
        : null,
    };
  });
  const grades = unionGrades([...latest.values()].map((s) => s.grades));
  const allYears = year !== null && !years.includes(year) ? [...years, year].sort((a, b) => b - a) : years;
  return {
    countyName: name,
    years: allYears,
    year,
    grades,
    bands: COMPOSITE_BANDS.map((b) => b.label),
    townships: rows,
  };
}

/** The county-wide .xlsx of a year: a summary sheet and each submitted township's table. */
export async function countyXlsx(db: Queryable, actor: Actor, year: number, now = new Date()) {
  const name = await countyName(db, actor.scope.countyId);
  const list = await townshipsOf(db, actor);
  const latest = await latestSubmissions(db, actor, year);
  const townshipRows: CountyTownship[] = list.map((t) => {
    const s = latest.get(t.id);
    return {
      townshipName: t.name,
      submission: s
        ? {
            rows: s.rows,
            grades: s.grades,
            submittedAt: s.submittedAt,
            submittedByName: s.submittedByName,
            seq: s.seq,
            chainHead: { seq: s.chainSeq, hash: s.chainHash },
            weights: s.weights,
            xlsxSha256: s.xlsxSha256,
          }
        : null,
    };
  });
  const bytes = await countyWorkbook({
    countyName: name,
    year,
    generatedAt: now,
    timeZone: list[0]?.timeZone ?? DEFAULT_TIME_ZONE,
    chainHead: await chainHead(db, actor.scope.countyId),
    townships: townshipRows,
  });
  return { bytes, fileName: `${name}${year}年度村干部承诺考评结果汇总.xlsx` };
}

/** A submitted document exactly as submitted (the county any township's, the office its own). */
export async function submittedDocument(db: Queryable, actor: Actor, id: string, kind: 'xlsx' | 'docx') {
  const row = await findInScope(db, countySubmissions, actor.scope, id, '上报记录');
  const [township] = await db
    .select({ name: townships.name })
    .from(townships)
    .where(eq(townships.id, row.townshipId));
  const names = documentNames(township?.name ?? '', row.year);
  return { bytes: kind === 'xlsx' ? row.xlsx : row.docx, fileName: names[kind] };
}
