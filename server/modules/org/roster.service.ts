import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, type ErrorBody } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { persons, positions, villages } from '../../db/schema/index.ts';
import { dayBefore, endProblem, POST_LABELS, type Post } from '../../domain/roster.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { townshipOf } from './org.scope.ts';
import { appointInTx } from './positions.service.ts';
import { type HolderAt, type PersonWork, resolveHolder } from './roster.persons.ts';
import {
  type Holder,
  headerErrors,
  ROSTER_HEADERS,
  type RosterHeader,
  type RosterRow,
  type RowError,
  readRosterRows,
} from './roster.rows.ts';
import type { RosterChange, RosterImportResult } from './roster.schema.ts';
import { readRosterWorkbook } from './roster.workbook.ts';

const columnIndex = (column: string) => ROSTER_HEADERS.indexOf(column as RosterHeader);

/** 400 that lists every bad row; nothing of the file was stored. */
export class ImportRowsError extends AppError {
  readonly rows: RowError[];

  constructor(rows: RowError[]) {
    const sorted = [...rows].sort((a, b) => a.row - b.row || columnIndex(a.column) - columnIndex(b.column));
    const first = sorted[0]!;
    super(
      'invalid',
      'IMPORT_ROWS',
      `名册第 ${first.row} 行“${first.column}”：${first.message}（共 ${rows.length} 处错误），未导入任何数据`,
      'file',
    );
    this.rows = sorted;
  }

  override toBody(): ErrorBody & { error: { rows: RowError[] } } {
    return { error: { ...super.toBody().error, rows: this.rows } };
  }
}

/**
 * Reads and checks a filled-in roster, before any transaction (parsing is slow and touches no data).
 * Any bad row → ImportRowsError listing every one.
 */
export async function readRosterFile(bytes: Buffer): Promise<RosterRow[]> {
  const sheet = await readRosterWorkbook(bytes);
  const header = headerErrors(sheet.headerRow, sheet.header);
  if (header.length) throw new ImportRowsError(header);
  const { rows, errors } = readRosterRows(sheet.rows);
  if (errors.length) throw new ImportRowsError(errors);
  if (rows.length === 0) throw badRequest('file', '名册中没有填写任何村（示例行不会导入）', 'IMPORT_EMPTY');
  return rows;
}

type Applied = Omit<RosterImportResult, 'dryRun'>;
type Counts = Omit<Applied, 'notes' | 'changes'>;
type Township = { countyId: string; townshipId: string };
type Work = PersonWork & { counts: Counts; changes: RosterChange[] };
type PersonRow = NonNullable<Awaited<ReturnType<typeof resolveHolder>>>;

/** Thrown at the end of a preview so its savepoint rolls back. */
class PreviewDone extends Error {
  constructor(readonly applied: Applied) {
    super('preview');
  }
}

/**
 * Imports checked roster rows for the caller's township, in the caller's transaction: villages by
 * name, persons by their ID-card number (else the one namesake in the village), posts (a new holder
 * ends the old one the day before 任职日期). Any refused row → ImportRowsError, nothing stored.
 * dryRun does the same work inside a savepoint and rolls it back.
 */
export async function importRoster(tx: Tx, actor: Actor, rows: RosterRow[], dryRun: boolean) {
  const township = townshipOf(actor);
  if (dryRun) {
    try {
      await tx.transaction(async (savepoint) => {
        throw new PreviewDone((await applyRows(savepoint, township, rows)).applied);
      });
    } catch (error) {
      if (error instanceof PreviewDone) return { ...error.applied, dryRun: true };
      throw error;
    }
  }
  const { work, applied } = await applyRows(tx, township, rows);
  await appendAudit(tx, asAuditActor(actor), {
    action: 'roster.import',
    entity: 'township',
    entityId: township.townshipId,
    ...township,
    after: {
      rows: rows.length,
      ...work.counts,
      changes: applied.changes,
      moved: work.moves.map((m) => ({
        personId: m.person.id,
        from: m.fromVillageId,
        to: m.person.villageId,
      })),
    },
  });
  return { ...applied, dryRun: false };
}

async function applyRows(tx: Tx, township: Township, rows: RosterRow[]) {
  const work: Work = {
    township,
    counts: {
      villagesCreated: 0,
      villagesUpdated: 0,
      personsCreated: 0,
      personsMoved: 0,
      idCardsAdded: 0,
      positionsCreated: 0,
      positionsEnded: 0,
    },
    notes: [],
    errors: [],
    moves: [],
    changes: [],
  };
  const existing = await tx
    .select()
    .from(villages)
    .where(and(eq(villages.countyId, township.countyId), eq(villages.townshipId, township.townshipId)));
  const byName = new Map(existing.map((v) => [v.name, v]));
  for (const row of rows) {
    const villageId = await upsertVillage(tx, township, byName.get(row.name), row, work.counts);
    for (const { holder, posts, column } of holdersOf(row)) {
      const at: HolderAt = { row: row.row, villageId, startDate: row.startDate!, column };
      const person = await resolveHolder(tx, work, at, holder, posts.includes('party_secretary'));
      if (person) for (const post of posts) await appointHolder(tx, work, row, person, post);
    }
  }
  await endPostsLeftBehind(tx, work);
  if (work.errors.length) throw new ImportRowsError(work.errors);
  await nameMoves(tx, work);
  const applied: Applied = { ...work.counts, notes: work.notes, changes: orderedChanges(work.changes) };
  return { work, applied };
}

type RowHolder = { holder: Holder; posts: Post[]; column: RosterHeader };

/** The distinct persons of a row with their posts (one person for 一肩挑) and the column naming them. */
function holdersOf(row: RosterRow): RowHolder[] {
  const of = (holder: Holder | null, posts: Post[], idColumn: RosterHeader, nameColumn: RosterHeader) =>
    holder ? [{ holder, posts, column: holder.idCard ? idColumn : nameColumn }] : [];
  if (row.dualRole) {
    return of(row.secretary, ['party_secretary', 'committee_director'], '书记身份证号', '党支部书记');
  }
  return [
    ...of(row.secretary, ['party_secretary'], '书记身份证号', '党支部书记'),
    ...of(row.director, ['committee_director'], '主任身份证号', '村委会主任'),
  ];
}

async function appointHolder(tx: Tx, work: Work, row: RosterRow, person: PersonRow, post: Post) {
  const result = await appointInTx(tx, person, post, row.startDate!);
  if (result.kind === 'refused') {
    work.errors.push({
      row: row.row,
      column: '任职日期',
      message: `${POST_LABELS[post]}${person.name}：${result.message}`,
    });
  } else if (result.kind === 'appointed') {
    work.counts.positionsCreated++;
    const change = { row: row.row, village: row.name, post, fromVillage: null };
    work.changes.push({ ...change, kind: 'appointed', name: person.name, date: row.startDate! });
    if (result.ended) {
      work.counts.positionsEnded++;
      const [left] = await tx
        .select({ name: persons.name })
        .from(persons)
        .where(eq(persons.id, result.ended.personId));
      work.changes.push({ ...change, kind: 'ended', name: left!.name, date: result.ended.endDate! });
    }
  }
}

/** The moves of the import, named with the villages left and joined. */
async function nameMoves(tx: Tx, work: Work) {
  for (const move of work.moves) {
    const named = await tx
      .select({ id: villages.id, name: villages.name })
      .from(villages)
      .where(inArray(villages.id, [move.fromVillageId, move.person.villageId]));
    const nameOf = (id: string) => named.find((v) => v.id === id)?.name ?? '';
    work.changes.push({
      kind: 'moved',
      row: move.row,
      village: nameOf(move.person.villageId),
      post: null,
      name: move.person.name,
      date: move.startDate,
      fromVillage: nameOf(move.fromVillageId),
    });
  }
}

const KIND_ORDER: Record<RosterChange['kind'], number> = { moved: 0, ended: 1, appointed: 2 };

/** By row of the file; in a row, moves, then who leaves, then who is appointed. */
const orderedChanges = (changes: RosterChange[]) =>
  [...changes].sort((a, b) => a.row - b.row || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

/**
 * A person who moved here leaves the posts they still hold in their old village the day before
 * their start here. Done after every row, so a successor named on the old village's row goes first.
 */
async function endPostsLeftBehind(tx: Tx, work: Work) {
  for (const move of work.moves) {
    const open = await tx
      .select({ position: positions, village: villages.name })
      .from(positions)
      .innerJoin(villages, eq(villages.id, positions.villageId))
      .where(
        and(
          eq(positions.personId, move.person.id),
          isNull(positions.endDate),
          ne(positions.villageId, move.person.villageId),
        ),
      );
    const endDate = dayBefore(move.startDate);
    for (const { position, village } of open) {
      if (endProblem(position, endDate)) {
        work.errors.push({
          row: move.row,
          column: '任职日期',
          message: `${move.person.name}原任${village}${POST_LABELS[position.post]}（${position.startDate} 起），调入本村的任职日期须晚于该日期`,
        });
        continue;
      }
      await tx.update(positions).set({ endDate }).where(eq(positions.id, position.id));
      work.counts.positionsEnded++;
      work.changes.push({
        kind: 'ended',
        row: move.row,
        village,
        post: position.post,
        name: move.person.name,
        date: endDate,
        fromVillage: null,
      });
    }
  }
}

async function upsertVillage(
  tx: Tx,
  township: Township,
  village: typeof villages.$inferSelect | undefined,
  row: RosterRow,
  counts: Counts,
): Promise<string> {
  if (!village) {
    const [created] = await tx
      .insert(villages)
      .values({ ...township, name: row.name, ...row.counts })
      .returning();
    counts.villagesCreated++;
    return created!.id;
  }
  const changed = (Object.keys(row.counts) as (keyof RosterRow['counts'])[]).some(
    (k) => village[k] !== row.counts[k],
  );
  if (changed) {
    await tx.update(villages).set(row.counts).where(eq(villages.id, village.id));
    counts.villagesUpdated++;
  }
  return village.id;
}
