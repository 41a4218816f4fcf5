import type { Queryable } from '../../db/client.ts';
import { payActions, REWARDS_NOT_YET, rewardsAvailable } from '../../domain/policies/rewards.ts';
import { fenToYuan } from '../../domain/sanctions/performance-pay.ts';
import {
  basesOf,
  type DraftLine,
  draftLines,
  lineTotals,
  type PaySheetRow,
  sheetVersions,
} from './pay-lines.ts';
import type { PayLineView, PayView } from './rewards.schema.ts';
import type { RewardsYear } from './rewards-year.ts';

/** The coefficients' grades best first, as the year's config orders its grades (any other after). */
function gradeOrder(year: RewardsYear, coefficients: Readonly<Record<string, number>>): string[] {
  const config = year.campaign.config;
  const order = [...config.grades.map((g) => g.label), config.failGrade];
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  return Object.keys(coefficients).sort((a, b) => rank(a) - rank(b));
}

const yuanOrNull = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

const lineView = (l: DraftLine): PayLineView => ({
  participantId: l.participantId,
  name: l.name,
  villageName: l.villageName,
  posts: l.posts,
  grade: l.grade,
  coefficient: l.coefficient,
  base: yuanOrNull(l.baseFen),
  amount: yuanOrNull(l.amountFen),
});

const versionView = (s: PaySheetRow) => ({
  version: s.version,
  signedBy: s.signedBy,
  signedAt: s.signedAt.toISOString(),
  reason: s.reason,
  supersededAt: s.supersededAt?.toISOString() ?? null,
  supersededBy: s.supersededBy,
  supersededReason: s.supersededReason,
});

/** What the sheet shows now: the standing signed version's lines, else the open draft. */
export async function payLinesNow(q: Queryable, year: RewardsYear) {
  const versions = await sheetVersions(q, year.campaign.id);
  const standing = versions.find((v) => v.supersededAt === null) ?? null;
  const visible = new Set(year.results.map((r) => r.participantId));
  const lines: DraftLine[] = standing
    ? standing.lines.filter((l) => visible.has(l.participantId))
    : draftLines(year.results, await basesOf(q, year.campaign.id), year.campaign.config.payCoefficients);
  const coefficients = standing?.coefficients ?? year.campaign.config.payCoefficients;
  return { versions, standing, lines, coefficients };
}

export async function payView(q: Queryable, year: RewardsYear): Promise<PayView> {
  const { campaign, facts } = year;
  const available = rewardsAvailable(facts);
  const { versions, standing, lines, coefficients } = await payLinesNow(q, year);
  const totals = lineTotals(lines);
  return {
    campaignId: campaign.id,
    year: campaign.year,
    townshipName: year.townshipName,
    available,
    notice: available ? null : REWARDS_NOT_YET,
    status: standing ? 'signed' : versions.length > 0 ? 'correcting' : 'draft',
    coefficients: gradeOrder(year, coefficients).map((grade) => ({
      grade,
      coefficient: coefficients[grade]!,
    })),
    lines: lines.map(lineView),
    totals: {
      base: fenToYuan(totals.baseFen),
      amount: fenToYuan(totals.amountFen),
      missing: totals.missing,
      cadres: lines.length,
    },
    current: standing ? versionView(standing) : null,
    versions: versions.map(versionView),
    allowedActions: payActions({ ...facts, signed: standing !== null, missingBases: totals.missing }),
  };
}
