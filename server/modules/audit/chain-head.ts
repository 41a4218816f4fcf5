import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { auditLog, counties } from '../../db/schema/index.ts';
import { EMPTY_HEAD } from '../../domain/audit-chain.ts';
import type { ChainHead } from '../../domain/audit-chain-head.ts';
import { chainWhere } from './audit.service.ts';

/**
 * A county's chain head as a document prints it: the chain's last entry (chain seq and full hash)
 * and the county's name. Seq 0 (the genesis hash) when the chain has no entry yet.
 */
export type CountyChainHead = ChainHead & { countyId: string | null; countyName: string | null };

/**
 * The head of a county's audit chain now (countyId null: the system chain). Printed on every
 * generated document, so that `npm run audit:verify --county … --head seq:hash` can later prove no
 * entry up to it was removed.
 */
export async function chainHead(db: Queryable, countyId: string | null): Promise<CountyChainHead> {
  const [last] = await db
    .select({ seq: auditLog.chainSeq, hash: auditLog.hash })
    .from(auditLog)
    .where(chainWhere(countyId))
    .orderBy(desc(auditLog.chainSeq))
    .limit(1);
  const [county] = countyId
    ? await db.select({ name: counties.name }).from(counties).where(eq(counties.id, countyId))
    : [];
  return { ...(last ?? EMPTY_HEAD), countyId, countyName: county?.name ?? null };
}
