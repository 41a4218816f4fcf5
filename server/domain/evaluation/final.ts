/**
 * The township's final results (DESIGN §2.4 item 5): composite → rank → grade, each number with
 * its explanation. Pure: the results module gathers the parts and the participants and calls this.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit-chain.ts';
import type { CampaignConfig } from '../campaign-config.ts';
import { type CompositeParts, composite } from './composite.ts';
import { gradeInRankOrder } from './grading.ts';
import { rankParticipants } from './ranking.ts';
import {
  type ConfigRef,
  EVALUATION_PART_LABELS,
  type EvaluationPart,
  type FinalResult,
  type InspectionResult,
  type JuryResult,
  type VillageEvaluationResult,
} from './types.ts';

export type ResultParticipant = {
  participantId: string;
  personId: string;
  villageId: string;
  name: string;
  villageName: string;
  /** 统计用区划代码, for the village order of the final tie key. */
  villageCode: string | null;
  posts: string[];
};

export type EvaluationParts = {
  village: ReadonlyMap<string, VillageEvaluationResult>;
  jury: ReadonlyMap<string, JuryResult>;
  inspection: ReadonlyMap<string, InspectionResult>;
};

const hashes = new Map<string, string>();

/**
 * The config version every number names: SHA-256 of the config's canonical JSON. Remembered by the
 * config's plain JSON (a province's townships mostly share a handful of configs).
 */
export function configHash(config: CampaignConfig): string {
  const key = JSON.stringify(config);
  let hash = hashes.get(key);
  if (hash === undefined) {
    hash = createHash('sha256').update(canonicalJson(config)).digest('hex');
    if (hashes.size >= 1000) hashes.clear();
    hashes.set(key, hash);
  }
  return hash;
}

/** Active participants only (excluded ones take no part); the result comes in rank order. */
export function finalResults(
  participants: readonly ResultParticipant[],
  parts: EvaluationParts,
  config: CampaignConfig,
  computedAt: Date,
): FinalResult[] {
  const ref: ConfigRef = { hash: configHash(config), computedAt: computedAt.toISOString() };
  const rows = participants.map((p) => {
    const village = parts.village.get(p.participantId) ?? null;
    const jury = parts.jury.get(p.participantId) ?? null;
    const inspection = parts.inspection.get(p.participantId) ?? null;
    const scores: CompositeParts = {
      village: village?.score ?? null,
      jury: jury?.score ?? null,
      inspection: inspection?.score ?? null,
    };
    return { p, village, jury, inspection, scores, explained: composite(scores, config.compositeWeights) };
  });
  type Row = (typeof rows)[number];
  const ranked = rankParticipants(
    rows.map((row) => ({
      row,
      participantId: row.p.participantId,
      name: row.p.name,
      village: { code: row.p.villageCode, name: row.p.villageName },
      composite: row.explained.composite,
      inspection: row.scores.inspection,
      jury: row.scores.jury,
      forcedFail: row.village?.unqualified === true,
    })),
  );
  const grades = gradeInRankOrder(
    ranked.map(({ item }) => ({
      composite: item.composite,
      forcedFail: item.forcedFail,
      missing: item.row.explained.missing.map((m) => EVALUATION_PART_LABELS[m]),
    })),
    config,
  );
  return ranked.map(({ item, rank, explanation }, i): FinalResult => {
    const grade = grades[i]!;
    const { p, village, jury, inspection, explained }: Row = item.row;
    return {
      participantId: p.participantId,
      personId: p.personId,
      villageId: p.villageId,
      name: p.name,
      villageName: p.villageName,
      posts: p.posts,
      village,
      jury,
      inspection,
      composite: explained.composite,
      grade: grade.grade,
      rank,
      forcedFail: item.forcedFail,
      explanation: { config: ref, composite: explained, grade, rank: explanation },
    };
  });
}

/**
 * Why the results cannot be confirmed yet (审核确认), one Chinese line per participant; empty when
 * every active participant has all parts complete (or is forced to fail by the village evaluation,
 * which decides the grade alone).
 */
export function freezeProblems(results: readonly FinalResult[]): string[] {
  return results.flatMap((r) => {
    const weighted = (part: EvaluationPart) =>
      r.explanation.composite.parts.some((x) => x.part === part && x.weight > 0);
    const lacking: string[] = [];
    if (!r.village) lacking.push('村级民主测评结果未经确认');
    if (!r.forcedFail) {
      if (weighted('jury') && (!r.jury?.complete || r.jury.score === null))
        lacking.push('乡集中述职评分未完成');
      if (weighted('inspection') && (!r.inspection?.complete || r.inspection.score === null))
        lacking.push('实地考核未完成');
    }
    if (r.grade === null && lacking.length === 0) lacking.push('尚无等次');
    return lacking.length ? [`${r.villageName}${r.name}：${lacking.join('，')}`] : [];
  });
}
