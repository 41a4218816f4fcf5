import { and, eq, isNull, ne } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { persons, positions, townships, villages } from '../../db/schema/index.ts';
import { namesakeProblem, parseIdCard } from '../../domain/person-id.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { idCardColumns, idCardHash } from './id-card-key.ts';
import type { PersonBody, PersonItem, PersonPatch } from './org.schema.ts';
import { personInScope, townshipOf, villageInScope } from './org.scope.ts';
import { toPersonItem } from './village-detail.service.ts';

type PersonRow = typeof persons.$inferSelect;

/** A person row as the audit log keeps it: the masked number, not its hash. */
export const auditedPerson = ({ idCardHash: _hash, ...row }: PersonRow) => row;

/** Where a person is registered, as an office says it: 王屋村, or 太行乡上庄村 in another township. */
export async function whereRegistered(db: Queryable, person: PersonRow, townshipId: string) {
  const [row] = await db
    .select({ village: villages.name, township: townships.name })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(eq(villages.id, person.villageId));
  if (!row) return '';
  return person.townshipId === townshipId ? row.village : `${row.township}${row.village}`;
}

/** A number already registered to another person of the county is refused, naming that person. */
async function checkIdCardFree(tx: Tx, countyId: string, townshipId: string, id: string, exceptId?: string) {
  const [taken] = await tx
    .select()
    .from(persons)
    .where(
      and(
        eq(persons.countyId, countyId),
        eq(persons.idCardHash, idCardHash(id)),
        exceptId ? ne(persons.id, exceptId) : undefined,
      ),
    );
  if (!taken) return;
  const where = await whereRegistered(tx, taken, townshipId);
  throw conflict('DUPLICATE_ID_CARD', `该身份证号已登记为${where}的“${taken.name}”`, 'idCard');
}

/** Namesakes in one village must each carry a number, or nobody can tell them apart. */
async function checkNamesakes(
  tx: Tx,
  person: { villageId: string; name: string; hasIdCard: boolean },
  field: 'name' | 'idCard',
  exceptId?: string,
) {
  const namesakes = await tx
    .select({ idCardMasked: persons.idCardMasked })
    .from(persons)
    .where(
      and(
        eq(persons.villageId, person.villageId),
        eq(persons.name, person.name),
        exceptId ? ne(persons.id, exceptId) : undefined,
      ),
    );
  const problem = namesakeProblem(person.name, person.hasIdCard, namesakes);
  if (problem) throw conflict('DUPLICATE_NAME', problem, field);
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

/** An empty phone or number from a form means "none". */
const blankToNull = (text: string | null | undefined) => (text === '' ? null : text);

/** The normalized number of a form's text (the schema has already checked it), or null for none. */
function idCardOf(text: string | null): string | null {
  if (text === null || text.trim() === '') return null;
  const parsed = parseIdCard(text);
  if (!parsed.ok) throw badRequest('idCard', parsed.message);
  return parsed.id;
}

async function personItem(db: Queryable, person: PersonRow): Promise<PersonItem> {
  const open = await db
    .select({ post: positions.post })
    .from(positions)
    .where(and(eq(positions.personId, person.id), isNull(positions.endDate)));
  return toPersonItem(
    person,
    open.map((p) => p.post),
  );
}

export async function createPerson(tx: Tx, actor: Actor, body: PersonBody) {
  const { townshipId } = townshipOf(actor);
  const { villageId, idCard: idCardText, ...fields } = body;
  const village = await villageInScope(tx, actor.scope, villageId, true);
  const idCard = idCardOf(idCardText ?? null);
  if (idCard) await checkIdCardFree(tx, village.countyId, townshipId, idCard);
  await checkNamesakes(tx, { villageId: village.id, name: fields.name, hasIdCard: idCard !== null }, 'name');
  const [row] = await tx
    .insert(persons)
    .values({
      countyId: village.countyId,
      townshipId: village.townshipId,
      villageId: village.id,
      ...fields,
      phone: blankToNull(fields.phone),
      ...idCardColumns(idCard),
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'person.create',
    entity: 'person',
    entityId: row!.id,
    countyId: village.countyId,
    townshipId: village.townshipId,
    after: auditedPerson(row!),
  });
  return personItem(tx, row!);
}

export async function updatePerson(tx: Tx, actor: Actor, id: string, patch: PersonPatch) {
  const { townshipId } = townshipOf(actor);
  const before = await personInScope(tx, actor.scope, id, true);
  const { idCard: idCardText, ...fields } = patch;
  const idCard = idCardText === undefined ? undefined : idCardOf(idCardText);
  if (idCard) await checkIdCardFree(tx, before.countyId, townshipId, idCard, id);
  const name = fields.name ?? before.name;
  const hasIdCard = idCard === undefined ? before.idCardHash !== null : idCard !== null;
  if (name !== before.name || hasIdCard !== (before.idCardHash !== null)) {
    await villageInScope(tx, actor.scope, before.villageId, true);
    const field = name !== before.name ? 'name' : 'idCard';
    await checkNamesakes(tx, { villageId: before.villageId, name, hasIdCard }, field, id);
  }
  if (fields.partyMember === false) await checkNotSecretary(tx, id);
  const changes = {
    ...fields,
    ...(fields.phone === undefined ? {} : { phone: blankToNull(fields.phone) }),
    ...(idCard === undefined ? {} : idCardColumns(idCard)),
  };
  const [after] = await tx.update(persons).set(changes).where(eq(persons.id, id)).returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'person.update',
    entity: 'person',
    entityId: id,
    countyId: before.countyId,
    townshipId: before.townshipId,
    before: auditedPerson(before),
    after: auditedPerson(after!),
  });
  return personItem(tx, after!);
}
