import { count } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import {
  counties,
  persons,
  positions,
  townships,
  users,
  userVillages,
  villages,
} from '../../db/schema/index.ts';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_COUNTY,
  DEMO_PASSWORD,
  DEMO_TOWNSHIP,
  DEMO_VILLAGES,
  type DemoVillage,
  NEIGHBOUR_TOWNSHIP,
  NEIGHBOUR_VILLAGES,
} from './demo-data.ts';

export type DemoIds = {
  countyId: string;
  townshipIds: Record<string, string>;
  villageIds: Record<string, string>;
  personIds: Record<string, string>;
};

/** Hooks later modules add (e.g. a demo campaign), run inside the demo transaction. */
export type DemoExtension = (tx: Tx, ids: DemoIds) => Promise<void>;
const extensions: DemoExtension[] = [];
export const extendDemo = (extension: DemoExtension) => extensions.push(extension);

export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(counties);
  return (row?.n ?? 0) === 0;
}

/** Loads the demo county in one transaction, recorded as one audit entry. */
export async function loadDemo(database: Database): Promise<DemoIds> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return database.transaction(async (tx) => {
    const countyId = crypto.randomUUID();
    await tx.insert(counties).values({ id: countyId, countyId, name: DEMO_COUNTY });
    const ids: DemoIds = { countyId, townshipIds: {}, villageIds: {}, personIds: {} };
    for (const [township, list] of [
      [DEMO_TOWNSHIP, DEMO_VILLAGES],
      [NEIGHBOUR_TOWNSHIP, NEIGHBOUR_VILLAGES],
    ] as const) {
      const [t] = await tx.insert(townships).values({ countyId, name: township }).returning();
      ids.townshipIds[township] = t!.id;
      for (const v of list) await insertVillage(tx, ids, t!.id, v);
    }
    for (const account of DEMO_ACCOUNTS) {
      const townshipId = account.township ? ids.townshipIds[account.township]! : null;
      const [user] = await tx
        .insert(users)
        .values({
          countyId,
          townshipId,
          villageId: account.village ? ids.villageIds[account.village]! : null,
          personId: account.person ? ids.personIds[account.person]! : null,
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          passwordHash,
        })
        .returning();
      for (const v of account.contactVillages ?? []) {
        await tx.insert(userVillages).values({ countyId, userId: user!.id, villageId: ids.villageIds[v]! });
      }
    }
    for (const extension of extensions) await extension(tx, ids);
    await appendAudit(tx, SYSTEM_ACTOR, {
      action: 'demo.load',
      entity: 'county',
      entityId: countyId,
      countyId,
      after: {
        county: DEMO_COUNTY,
        townships: Object.keys(ids.townshipIds),
        villages: Object.keys(ids.villageIds).length,
      },
    });
    return ids;
  });
}

async function insertVillage(tx: Tx, ids: DemoIds, townshipId: string, v: DemoVillage) {
  const { countyId } = ids;
  const [village] = await tx
    .insert(villages)
    .values({
      countyId,
      townshipId,
      name: v.name,
      adultPopulation: v.adultPopulation,
      households: v.households,
      representatives: v.representatives,
      partyMembers: v.partyMembers,
    })
    .returning();
  ids.villageIds[v.name] = village!.id;
  const [secretary, director] = v.cadres;
  const names = secretary === director ? [secretary] : [secretary, director];
  for (const name of names) {
    const [person] = await tx
      .insert(persons)
      .values({ countyId, townshipId, villageId: village!.id, name, partyMember: name === secretary })
      .returning();
    ids.personIds[name] = person!.id;
  }
  const post = (personName: string, p: 'party_secretary' | 'committee_director') => ({
    countyId,
    townshipId,
    villageId: village!.id,
    personId: ids.personIds[personName]!,
    post: p,
    startDate: '2024-01-01',
  });
  await tx
    .insert(positions)
    .values([post(secretary, 'party_secretary'), post(director, 'committee_director')]);
}

export function demoLoginsText(): string {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(11)} ${a.displayName}`);
  return [`演示账号（密码均为 ${DEMO_PASSWORD}）：`, ...rows].join('\n');
}
