import type { Tx } from '../../db/client.ts';
import {
  counties,
  persons,
  positions,
  townships,
  users,
  userVillages,
  villages,
} from '../../db/schema/index.ts';
import { hashPassword } from '../auth/password.ts';
import type { ModuleDefinition } from '../module.ts';
import { idCardColumns } from '../org/id-card-key.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_COUNTY,
  DEMO_ID_CARDS,
  DEMO_PASSWORD,
  DEMO_TOWNSHIP,
  DEMO_VILLAGES,
  type DemoVillage,
  NEIGHBOUR_TOWNSHIP,
  NEIGHBOUR_VILLAGES,
} from './demo-data.ts';

/** Ids of what the demo created so far, by name: later steps find their township, villages, cadres here. */
export type DemoIds = {
  countyId: string;
  townshipIds: Record<string, string>;
  villageIds: Record<string, string>;
  personIds: Record<string, string>;
  /** The demo township's campaigns by year (2026 in 践诺, 2027 in 筹备), once their steps have run. */
  campaignIds: Record<number, string>;
};

/**
 * One module's demo data, run inside the one demo transaction after the steps declared before it;
 * given the module list being loaded (services that ask every module, e.g. phase transitions, need it).
 */
export type DemoStep = (tx: Tx, ids: DemoIds, modules: readonly ModuleDefinition[]) => Promise<void>;

/** The first step: the demo county, its two townships, villages, cadres and posts, and every demo account. */
export const seedDemoCounty: DemoStep = async (tx, ids) => {
  const { countyId } = ids;
  await tx.insert(counties).values({ id: countyId, countyId, name: DEMO_COUNTY });
  for (const [township, list] of [
    [DEMO_TOWNSHIP, DEMO_VILLAGES],
    [NEIGHBOUR_TOWNSHIP, NEIGHBOUR_VILLAGES],
  ] as const) {
    const [t] = await tx.insert(townships).values({ countyId, name: township }).returning();
    ids.townshipIds[township] = t!.id;
    for (const v of list) await insertVillage(tx, ids, t!.id, v);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
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
};

async function insertVillage(tx: Tx, ids: DemoIds, townshipId: string, v: DemoVillage) {
  const { countyId } = ids;
  const [village] = await tx
    .insert(villages)
    .values({
      countyId,
      townshipId,
      name: v.name,
      code: v.code,
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
      .values({
        countyId,
        townshipId,
        villageId: village!.id,
        name,
        partyMember: name === secretary,
        ...idCardColumns(DEMO_ID_CARDS[name] ?? null),
      })
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
