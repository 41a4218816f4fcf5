import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { persons, positions } from '../../db/schema/index.ts';
import { type KnownPerson, matchRosterPerson, type RegisteredPerson } from '../../domain/roster.ts';
import { idCardColumns, idCardHash } from './id-card-key.ts';
import { whereRegistered } from './persons.service.ts';
import type { Holder, RowError } from './roster.rows.ts';

type PersonRow = typeof persons.$inferSelect;
type Township = { countyId: string; townshipId: string };

/** What resolving the persons of an import adds up to. */
export type PersonWork = {
  township: Township;
  counts: { personsCreated: number; personsMoved: number; idCardsAdded: number };
  notes: RowError[];
  errors: RowError[];
  /** Persons moved here from another village: their open posts there end once every row is in. */
  moves: { person: PersonRow; fromVillageId: string; row: number; startDate: string }[];
};

/** Where a holder sits on the row: its number's column when it has one, else its name's. */
export type HolderAt = { row: number; villageId: string; startDate: string; column: string };

const known = (p: PersonRow): KnownPerson => ({
  id: p.id,
  name: p.name,
  villageId: p.villageId,
  idCardMasked: p.idCardMasked,
});

async function registeredUnder(tx: Tx, township: Township, hash: string): Promise<RegisteredPerson | null> {
  const [found] = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.countyId, township.countyId), eq(persons.idCardHash, hash)));
  if (!found) return null;
  const open = await tx
    .select({ post: positions.post })
    .from(positions)
    .where(and(eq(positions.personId, found.id), isNull(positions.endDate)));
  return {
    ...known(found),
    where: await whereRegistered(tx, found, township.townshipId),
    otherTownship: found.townshipId !== township.townshipId,
    openPosts: open.map((o) => o.post),
  };
}

/**
 * The stored person a row's holder is (matched by number, else by the one namesake in the village),
 * created, completed (phone, number, party membership of a secretary) or moved here as the match
 * says; null when the match is refused (the refusal is in work.errors).
 */
export async function resolveHolder(
  tx: Tx,
  work: PersonWork,
  at: HolderAt,
  holder: Holder,
  isSecretary: boolean,
): Promise<PersonRow | null> {
  const hash = holder.idCard ? idCardHash(holder.idCard) : null;
  const byIdCard = hash ? await registeredUnder(tx, work.township, hash) : null;
  const namesakes = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.villageId, at.villageId), eq(persons.name, holder.name)));
  const match = matchRosterPerson(
    { name: holder.name, hasIdCard: hash !== null },
    at.villageId,
    byIdCard,
    namesakes.map(known),
  );
  if (match.kind === 'refused') {
    work.errors.push({ row: at.row, column: at.column, message: match.message });
    return null;
  }
  if (match.note) work.notes.push({ row: at.row, column: at.column, message: match.note });
  if (match.kind === 'new') {
    const [created] = await tx
      .insert(persons)
      .values({
        ...work.township,
        villageId: at.villageId,
        name: holder.name,
        phone: holder.phone,
        partyMember: isSecretary,
        ...idCardColumns(holder.idCard),
      })
      .returning();
    work.counts.personsCreated++;
    return created!;
  }
  const [found] = await tx.select().from(persons).where(eq(persons.id, match.person.id));
  const changes = {
    ...(holder.phone && holder.phone !== found!.phone ? { phone: holder.phone } : {}),
    ...(isSecretary && !found!.partyMember ? { partyMember: true } : {}),
    ...(match.addIdCard ? idCardColumns(holder.idCard) : {}),
    ...(match.move ? { townshipId: work.township.townshipId, villageId: at.villageId } : {}),
  };
  if (Object.keys(changes).length === 0) return found!;
  const [updated] = await tx.update(persons).set(changes).where(eq(persons.id, found!.id)).returning();
  if (match.addIdCard) work.counts.idCardsAdded++;
  if (match.move) {
    work.counts.personsMoved++;
    work.moves.push({
      person: updated!,
      fromVillageId: found!.villageId,
      row: at.row,
      startDate: at.startDate,
    });
  }
  return updated!;
}
