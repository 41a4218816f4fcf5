import { createHash } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/client.ts';
import { participants, type SealParts } from '../../db/schema/index.ts';
import { digestOf, plainJson as plain, sealHashOf } from '../../domain/archive/seal-digest.ts';
import { canonicalJson } from '../../domain/audit-chain.ts';
import type { ModuleDefinition } from '../module.ts';
import type { CampaignRow, SealPart } from './campaign-hooks.ts';

// The hashing itself is pure and shared with the offline check of an archive package.
export { digestOf, sealHashOf };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Rows of `table` whose `column` is one of `values` (none for no values): a seal part's usual query. */
export async function rowsWhereIn(
  db: Queryable,
  table: PgTable,
  column: PgColumn,
  values: readonly string[],
): Promise<object[]> {
  if (values.length === 0) return [];
  return db
    .select()
    .from(table)
    .where(inArray(column, [...values]));
}

/** The campaigns module's part: the campaign as archived and its participants. */
export const campaignSealPart: SealPart = {
  async records(db, campaign) {
    const { id, countyId, townshipId, year, config } = campaign;
    return {
      campaign: [{ id, countyId, townshipId, year, phase: 'archived', config }],
      participants: await db.select().from(participants).where(eq(participants.campaignId, id)),
    };
  },
};

/** At archiving: each module's anchor and digest, and the seal over them. */
export async function sealCampaign(
  db: Queryable,
  campaign: CampaignRow,
  modules: readonly ModuleDefinition[],
): Promise<{ sealHash: string; sealParts: SealParts }> {
  const sealParts: SealParts = {};
  for (const { name, seal } of modules) {
    if (!seal) continue;
    const anchor = plain(seal.anchor ? await seal.anchor(db, campaign) : undefined);
    const digest = digestOf(await seal.records(db, campaign, anchor));
    sealParts[name] = anchor === undefined ? { digest } : { digest, anchor };
  }
  return { sealHash: sealHashOf(sealParts), sealParts };
}

export type SealCheck = {
  sealHash: string;
  currentHash: string;
  intact: boolean;
  /** Labels of the modules whose records differ from the sealed ones (names for parts no module declares). */
  changed: string[];
  /** The stored digests no longer hash to the stored seal: the seal record itself was altered. */
  partsAltered: boolean;
};

/** Recomputes every sealed part of an archived campaign and names the modules whose records changed. */
export async function checkSeal(
  db: Queryable,
  campaign: CampaignRow & { sealHash: string },
  modules: readonly ModuleDefinition[],
): Promise<SealCheck> {
  if (!campaign.sealParts) return checkLegacySeal(db, campaign, modules);
  const current: SealParts = {};
  const changed: string[] = [];
  for (const [name, stored] of Object.entries(campaign.sealParts)) {
    const module = modules.find((m) => m.name === name);
    const digest = module?.seal ? digestOf(await module.seal.records(db, campaign, stored.anchor)) : '';
    current[name] = stored.anchor === undefined ? { digest } : { digest, anchor: stored.anchor };
    if (digest !== stored.digest) changed.push(module?.label ?? name);
  }
  const currentHash = sealHashOf(current);
  const partsAltered = sealHashOf(campaign.sealParts) !== campaign.sealHash;
  return {
    sealHash: campaign.sealHash,
    currentHash,
    intact: !partsAltered && currentHash === campaign.sealHash,
    changed,
    partsAltered,
  };
}

/**
 * Years archived before per-module digests were sealed over the campaign and its participants only,
 * as one hash; they are checked the same way (and can name only the campaigns module).
 */
async function checkLegacySeal(
  db: Queryable,
  campaign: CampaignRow & { sealHash: string },
  modules: readonly ModuleDefinition[],
): Promise<SealCheck> {
  const { id, countyId, townshipId, year, config } = campaign;
  const content = {
    campaign: { id, countyId, townshipId, year, phase: 'archived', config },
    participants: await db
      .select()
      .from(participants)
      .where(eq(participants.campaignId, id))
      .orderBy(asc(participants.id)),
  };
  const currentHash = sha256(canonicalJson(plain(content)));
  const intact = currentHash === campaign.sealHash;
  const label = modules.find((m) => m.seal === campaignSealPart)?.label ?? '考评活动';
  return {
    sealHash: campaign.sealHash,
    currentHash,
    intact,
    changed: intact ? [] : [label],
    partsAltered: false,
  };
}
