import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { participants } from '../../db/schema/index.ts';
import { canonicalJson } from '../../domain/audit-chain.ts';
import { type CampaignRow, sealContentProviders } from './campaign-hooks.ts';

/** Plain JSON, the way jsonb and the wire see it (dates become ISO strings). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * SHA-256 over the archived campaign: its own fields (as archived), its participants and every row a
 * later module registered, each list in id order, serialized as canonical JSON. Recomputing it later
 * and comparing with the stored seal shows whether anything of the year was changed.
 */
export async function computeSeal(db: Queryable, campaign: CampaignRow): Promise<string> {
  const { id, countyId, townshipId, year, config } = campaign;
  const content: Record<string, unknown> = {
    campaign: { id, countyId, townshipId, year, phase: 'archived', config },
    participants: await db
      .select()
      .from(participants)
      .where(eq(participants.campaignId, id))
      .orderBy(asc(participants.id)),
  };
  for (const provider of sealContentProviders()) {
    const rows = await provider.rows(db, campaign);
    content[provider.name] = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return createHash('sha256')
    .update(canonicalJson(plain(content)))
    .digest('hex');
}
