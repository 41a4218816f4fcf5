import type { Scope } from '../../core/actor.ts';
import { wrongPhase } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { campaigns } from '../../db/schema/index.ts';
import type { CampaignRow } from './campaign-hooks.ts';

/**
 * A campaign inside the caller's scope, or 404 (another township's campaign is as unknown as a
 * missing one). With `lock`, the row is locked for the rest of the transaction, so a write and an
 * archiving transition never interleave.
 */
export const findCampaign = (
  db: Queryable,
  scope: Scope,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CampaignRow> => findInScope(db, campaigns, scope, id, '考评活动', options);

/** An archived year is sealed: every write of this module refuses it. */
export function assertNotArchived(campaign: CampaignRow): void {
  if (campaign.phase === 'archived') {
    throw wrongPhase(`${campaign.year} 年度考评活动已归档封存，不能再修改`);
  }
}
