import { and, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import { participants } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_EXCLUDED_CADRE, DEMO_TOWNSHIP } from '../demo/demo-data.ts';
import { createCampaignIn } from './campaigns.service.ts';

export const DEMO_CAMPAIGN_YEAR = 2027;
export const DEMO_EXCLUSION = { reason: '涉嫌违纪，县纪委已立案审查（未结案）', date: '2027-01-15' };

/** The demo's 2027 campaign of 愚公乡: in 'setup', participants derived, one cadre under an open case excluded. */
export const seedDemoCampaign: DemoStep = async (tx, ids) => {
  const townshipId = ids.townshipIds[DEMO_TOWNSHIP]!;
  const campaign = await createCampaignIn(
    tx,
    SYSTEM_ACTOR,
    { countyId: ids.countyId, townshipId },
    DEMO_CAMPAIGN_YEAR,
  );
  const where = and(
    eq(participants.campaignId, campaign.id),
    eq(participants.personId, ids.personIds[DEMO_EXCLUDED_CADRE]!),
  );
  const [before] = await tx.select().from(participants).where(where);
  const change = { excluded: true, excludedReason: DEMO_EXCLUSION.reason, excludedOn: DEMO_EXCLUSION.date };
  await tx.update(participants).set(change).where(where);
  await appendAudit(tx, SYSTEM_ACTOR, {
    action: 'participant.exclude',
    entity: 'participant',
    entityId: before!.id,
    countyId: ids.countyId,
    townshipId,
    before: { excluded: false, excludedReason: null, excludedOn: null },
    after: change,
    reason: DEMO_EXCLUSION.reason,
  });
};
