import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { type Actor, type AuditActor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { campaigns, participants, townships } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { type CampaignConfig, configProblems, defaultCampaignConfig } from '../../domain/campaign-config.ts';
import { nextPhase, PHASE_LABELS, type Phase, transitionRefusals } from '../../domain/phases.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { ModuleDefinition } from '../module.ts';
import { assertNotArchived, findCampaign } from './campaign-access.ts';
import { type CampaignRow, gatherTransitionFacts } from './campaign-hooks.ts';
import { checkSeal, sealCampaign } from './campaign-seal.ts';
import { insertDerivedParticipants, participantCounts } from './participants.service.ts';

/** PostgreSQL's unique_violation, whether or not the driver error is wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  const codeOf = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown } | null)?.cause) === '23505';
}

export async function listCampaigns(db: Queryable, scope: Scope) {
  const rows = await db
    .select({
      id: campaigns.id,
      townshipId: campaigns.townshipId,
      townshipName: townships.name,
      year: campaigns.year,
      phase: campaigns.phase,
    })
    .from(campaigns)
    .innerJoin(townships, eq(townships.id, campaigns.townshipId))
    .where(scopeWhere(scope, tenantCols(campaigns)))
    .orderBy(desc(campaigns.year), asc(townships.name));
  const counts = await participantCounts(
    db,
    scope,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    phaseLabel: PHASE_LABELS[r.phase],
    ...(counts.get(r.id) ?? { participantCount: 0, excludedCount: 0 }),
  }));
}

/** Participants not excluded, the base fact of every transition. */
async function activeParticipants(db: Queryable, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(participants)
    .where(and(eq(participants.campaignId, campaignId), eq(participants.excluded, false)));
  return row?.n ?? 0;
}

type Modules = readonly ModuleDefinition[];

/** What blocks `to`: the base facts and every module's, judged by the domain's transition rule. */
async function refusalsFor(db: Queryable, campaign: CampaignRow, to: Phase, modules: Modules) {
  const base = { activeParticipants: await activeParticipants(db, campaign.id) };
  const facts = await gatherTransitionFacts(db, campaign, base, modules);
  return transitionRefusals(campaign.phase, to, facts);
}

export async function campaignDetail(db: Queryable, campaign: CampaignRow, modules: Modules) {
  const next = nextPhase(campaign.phase);
  return {
    id: campaign.id,
    townshipId: campaign.townshipId,
    year: campaign.year,
    phase: campaign.phase,
    phaseLabel: PHASE_LABELS[campaign.phase],
    config: campaign.config,
    defaults: defaultCampaignConfig(campaign.year),
    nextPhase: next,
    nextPhaseLabel: next ? PHASE_LABELS[next] : null,
    nextPhaseRefusals: await refusalsFor(db, campaign, next ?? campaign.phase, modules),
    sealHash: campaign.sealHash,
    sealedAt: campaign.sealedAt,
  };
}

export async function getCampaign(db: Queryable, scope: Scope, id: string, modules: Modules) {
  return campaignDetail(db, await findCampaign(db, scope, id), modules);
}

/**
 * A township's campaign for a year, in 'setup' with the default config and its participants derived
 * from the positions held that year. Used by the route and by the demo loader.
 */
export async function createCampaignIn(
  tx: Tx,
  auditActor: AuditActor,
  unit: { countyId: string; townshipId: string },
  year: number,
): Promise<CampaignRow> {
  const duplicate = () => conflict('DUPLICATE_YEAR', `本乡 ${year} 年度的考评活动已经存在`, 'year');
  const [existing] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, unit.townshipId), eq(campaigns.year, year)));
  if (existing) throw duplicate();
  const [campaign] = await tx
    .insert(campaigns)
    .values({ ...unit, year, phase: 'setup', config: defaultCampaignConfig(year) })
    .returning()
    .catch((error: unknown) => {
      // A concurrent request created the same year between the check and the insert.
      throw isUniqueViolation(error) ? duplicate() : error;
    });
  const count = await insertDerivedParticipants(tx, campaign!);
  await appendAudit(tx, auditActor, {
    action: 'campaign.create',
    entity: 'campaign',
    entityId: campaign!.id,
    countyId: unit.countyId,
    townshipId: unit.townshipId,
    after: { year, phase: campaign!.phase, config: campaign!.config, participants: count },
  });
  return campaign!;
}

export async function createCampaign(tx: Tx, actor: Actor, year: number, modules: Modules) {
  const { countyId, townshipId } = actor.scope;
  if (!townshipId) throw forbidden('只有乡考评办可以创建本乡的考评活动');
  const campaign = await createCampaignIn(tx, asAuditActor(actor), { countyId, townshipId }, year);
  return campaignDetail(tx, campaign, modules);
}

/**
 * Config is edited in 'setup'; later only as an audited override with a reason; never once archived.
 * Cross-field problems are refused before anything is written.
 */
export async function updateConfig(
  tx: Tx,
  actor: Actor,
  id: string,
  input: { config: CampaignConfig; reason?: string | undefined },
  modules: Modules,
) {
  const campaign = await findCampaign(tx, actor.scope, id, { lock: true });
  assertNotArchived(campaign);
  const reason = input.reason?.trim() || null;
  if (campaign.phase !== 'setup' && !reason) {
    throw wrongPhase(
      `活动已进入“${PHASE_LABELS[campaign.phase]}”阶段，考评设置已锁定；确需修改时请填写修改原因（记入审计日志）`,
    );
  }
  const [problem] = configProblems(input.config, campaign.year);
  if (problem) throw badRequest(problem.field, problem.message);
  const [updated] = await tx
    .update(campaigns)
    .set({ config: input.config, updatedAt: new Date() })
    .where(eq(campaigns.id, campaign.id))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: campaign.phase === 'setup' ? 'campaign.config_update' : 'campaign.config_override',
    entity: 'campaign',
    entityId: campaign.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    before: { phase: campaign.phase, config: campaign.config },
    after: { phase: campaign.phase, config: updated!.config },
    reason,
  });
  return campaignDetail(tx, updated!, modules);
}

/**
 * Moves the campaign one phase on when nothing blocks it; entering 'archived' seals the year: every
 * module's records of it are hashed (one digest per module, stored with the seal).
 */
export async function transitionCampaign(tx: Tx, actor: Actor, id: string, to: Phase, modules: Modules) {
  const campaign = await findCampaign(tx, actor.scope, id, { lock: true });
  const refusals = await refusalsFor(tx, campaign, to, modules);
  if (refusals.length > 0) throw conflict('TRANSITION_REFUSED', refusals.join('；'), 'to');
  const seal = to === 'archived' ? await sealCampaign(tx, campaign, modules) : null;
  const [updated] = await tx
    .update(campaigns)
    .set({ phase: to, updatedAt: new Date(), ...(seal ? { ...seal, sealedAt: new Date() } : {}) })
    .where(eq(campaigns.id, campaign.id))
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'campaign.transition',
    entity: 'campaign',
    entityId: campaign.id,
    countyId: campaign.countyId,
    townshipId: campaign.townshipId,
    before: { phase: campaign.phase },
    after: { phase: to, ...(seal ? { sealHash: seal.sealHash } : {}) },
  });
  for (const { afterTransition } of modules) if (afterTransition) await afterTransition(tx, actor, updated!);
  return campaignDetail(tx, updated!, modules);
}

/** Recomputes the seal of an archived campaign, compares it with the stored one, names what changed. */
export async function verifySeal(db: Queryable, scope: Scope, id: string, modules: Modules) {
  const campaign = await findCampaign(db, scope, id);
  const { sealHash } = campaign;
  if (!sealHash) throw wrongPhase('该年度考评活动尚未归档，没有封存校验值');
  const { currentHash, intact, changed } = await checkSeal(db, { ...campaign, sealHash }, modules);
  return { sealHash, currentHash, intact, changed };
}
