import { and, eq } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import { persons, villages } from '../../db/schema/index.ts';
import { POST_LABELS, type Post } from '../../domain/roster.ts';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { AppError, badRequest, type ErrorBody } from '../../core/errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { ImportResult } from './org.schema.ts';
import { townshipOf } from './org.scope.ts';
import { appointInTx } from './positions.service.ts';
import {
  type Holder,
  headerErrors,
  ROSTER_HEADERS,
  type RosterRow,
  type RowError,
  readRosterRows,
} from './roster.rows.ts';
import { readRosterWorkbook } from './roster.workbook.ts';

const columnIndex = (column: string) => ROSTER_HEADERS.indexOf(column as (typeof ROSTER_HEADERS)[number]);

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

/** Thrown at the end of a preview so its transaction rolls back. */
class PreviewDone extends Error {
  constructor(readonly counts: Counts) {
    super('preview');
  }
}

type Counts = Omit<ImportResult, 'dryRun'>;
type Township = { countyId: string; townshipId: string };

/**
 * Imports a filled-in roster for the caller's township in one transaction: villages by name,
 * persons by (village, name), posts (a new holder ends the old one the day before 任职日期).
 * Any bad row → ImportRowsError and nothing stored. dryRun runs the same work, then rolls back.
 */
export async function importRoster(database: Database, actor: Actor, bytes: Buffer, dryRun: boolean) {
  const township = townshipOf(actor);
  const sheet = await readRosterWorkbook(bytes);
  const header = headerErrors(sheet.headerRow, sheet.header);
  if (header.length) throw new ImportRowsError(header);
  const { rows, errors } = readRosterRows(sheet.rows);
  if (errors.length) throw new ImportRowsError(errors);
  if (rows.length === 0) throw badRequest('file', '名册中没有填写任何村（示例行不会导入）', 'IMPORT_EMPTY');
  try {
    const counts = await database.transaction(async (tx) => {
      const result = await applyRows(tx, township, rows);
      if (dryRun) throw new PreviewDone(result);
      await appendAudit(tx, asAuditActor(actor), {
        action: 'roster.import',
        entity: 'township',
        entityId: township.townshipId,
        ...township,
        after: { rows: rows.length, ...result },
      });
      return result;
    });
    return { ...counts, dryRun: false };
  } catch (error) {
    if (error instanceof PreviewDone) return { ...error.counts, dryRun: true };
    throw error;
  }
}

async function applyRows(tx: Tx, township: Township, rows: RosterRow[]): Promise<Counts> {
  const counts: Counts = {
    villagesCreated: 0,
    villagesUpdated: 0,
    personsCreated: 0,
    positionsCreated: 0,
    positionsEnded: 0,
  };
  const errors: RowError[] = [];
  const existing = await tx
    .select()
    .from(villages)
    .where(and(eq(villages.countyId, township.countyId), eq(villages.townshipId, township.townshipId)));
  const byName = new Map(existing.map((v) => [v.name, v]));
  for (const row of rows) {
    const villageId = await upsertVillage(tx, township, byName.get(row.name), row, counts);
    const posts: [Post, Holder | null][] = [
      ['party_secretary', row.secretary],
      ['committee_director', row.director],
    ];
    for (const [post, holder] of posts) {
      if (!holder) continue;
      const person = await upsertPerson(tx, township, villageId, holder, post === 'party_secretary', counts);
      const result = await appointInTx(tx, person, post, row.startDate!);
      if (result.kind === 'refused') {
        errors.push({
          row: row.row,
          column: '任职日期',
          message: `${POST_LABELS[post]}${holder.name}：${result.message}`,
        });
      } else if (result.kind === 'appointed') {
        counts.positionsCreated++;
        if (result.ended) counts.positionsEnded++;
      }
    }
  }
  if (errors.length) throw new ImportRowsError(errors);
  return counts;
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

/** The person named in a village (created if new); a party secretary is recorded as a party member. */
async function upsertPerson(
  tx: Tx,
  township: Township,
  villageId: string,
  holder: Holder,
  isSecretary: boolean,
  counts: Counts,
) {
  const [found] = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.villageId, villageId), eq(persons.name, holder.name)));
  if (!found) {
    const [created] = await tx
      .insert(persons)
      .values({ ...township, villageId, name: holder.name, phone: holder.phone, partyMember: isSecretary })
      .returning();
    counts.personsCreated++;
    return created!;
  }
  const changes = {
    ...(holder.phone && holder.phone !== found.phone ? { phone: holder.phone } : {}),
    ...(isSecretary && !found.partyMember ? { partyMember: true } : {}),
  };
  if (Object.keys(changes).length === 0) return found;
  const [updated] = await tx.update(persons).set(changes).where(eq(persons.id, found.id)).returning();
  return updated!;
}
