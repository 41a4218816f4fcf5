import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Database, Queryable, Tx } from '../../db/client.ts';
import { persons, positions } from '../../db/schema/index.ts';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { PersonBody, PersonItem, PersonPatch } from './org.schema.ts';
import { findPerson, findVillage, townshipOf } from './org.scope.ts';
import { toPersonItem } from './village-detail.service.ts';

async function checkNameFree(tx: Tx, villageId: string, name: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.villageId, villageId),
        eq(persons.name, name),
        exceptId ? ne(persons.id, exceptId) : undefined,
      ),
    );
  if (taken) throw conflict('DUPLICATE_NAME', `本村已有名为“${name}”的人员`, 'name');
}

/** A sitting party secretary is a party member: the flag cannot be cleared while the post is held. */
async function checkNotSecretary(tx: Tx, personId: string) {
  const [held] = await tx
    .select({ id: positions.id })
    .from(positions)
    .where(
      and(eq(positions.personId, personId), eq(positions.post, 'party_secretary'), isNull(positions.endDate)),
    );
  if (held) throw badRequest('partyMember', '此人现任党支部书记，必须是党员');
}

/** An empty phone from a form means "no phone". */
const blankToNull = (phone: string | null | undefined) => (phone === '' ? null : phone);

async function personItem(db: Queryable, id: string): Promise<PersonItem> {
  const [person] = await db.select().from(persons).where(eq(persons.id, id));
  const open = await db
    .select({ post: positions.post })
    .from(positions)
    .where(and(eq(positions.personId, id), isNull(positions.endDate)));
  return toPersonItem(
    person!,
    open.map((p) => p.post),
  );
}

export async function createPerson(database: Database, actor: Actor, body: PersonBody) {
  townshipOf(actor);
  const { villageId, ...fields } = body;
  const id = await database.transaction(async (tx) => {
    const village = await findVillage(tx, actor.scope, villageId);
    await checkNameFree(tx, village.id, fields.name);
    const [row] = await tx
      .insert(persons)
      .values({
        countyId: village.countyId,
        townshipId: village.townshipId,
        villageId: village.id,
        ...fields,
        phone: blankToNull(fields.phone),
      })
      .returning();
    await appendAudit(tx, asAuditActor(actor), {
      action: 'person.create',
      entity: 'person',
      entityId: row!.id,
      countyId: village.countyId,
      townshipId: village.townshipId,
      after: row,
    });
    return row!.id;
  });
  return personItem(database.db, id);
}

export async function updatePerson(database: Database, actor: Actor, id: string, patch: PersonPatch) {
  townshipOf(actor);
  await database.transaction(async (tx) => {
    const before = await findPerson(tx, actor.scope, id);
    if (patch.name !== undefined && patch.name !== before.name) {
      await checkNameFree(tx, before.villageId, patch.name, id);
    }
    if (patch.partyMember === false) await checkNotSecretary(tx, id);
    const changes = patch.phone === undefined ? patch : { ...patch, phone: blankToNull(patch.phone) };
    const [after] = await tx.update(persons).set(changes).where(eq(persons.id, id)).returning();
    await appendAudit(tx, asAuditActor(actor), {
      action: 'person.update',
      entity: 'person',
      entityId: id,
      countyId: before.countyId,
      townshipId: before.townshipId,
      before,
      after,
    });
  });
  return personItem(database.db, id);
}
