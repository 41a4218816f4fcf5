import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { meetings, polls } from '../../db/schema/index.ts';
import type { VillageEvaluationResult } from '../../domain/evaluation/types.ts';
import {
  type EvaluationQuestion,
  evaluationOfQuestion,
  villageEvaluationScore,
} from '../../domain/evaluation/village-evaluation.ts';

export type EvaluationPoll = Pick<
  typeof polls.$inferSelect,
  'id' | 'villageId' | 'status' | 'correctsPollId' | 'certifiedAt' | 'result' | 'createdAt'
>;

/** The campaign's 民主测评 polls (held at its meetings), every status, oldest first. */
export async function campaignEvaluationPolls(db: Queryable, campaignId: string): Promise<EvaluationPoll[]> {
  const rows = await db
    .select({
      id: polls.id,
      villageId: polls.villageId,
      status: polls.status,
      correctsPollId: polls.correctsPollId,
      certifiedAt: polls.certifiedAt,
      result: polls.result,
      createdAt: polls.createdAt,
    })
    .from(polls)
    .innerJoin(meetings, eq(meetings.id, polls.meetingId))
    .where(and(eq(meetings.campaignId, campaignId), eq(polls.purpose, 'democratic_evaluation')));
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * The certified polls whose result stands: a certified poll corrected by another certified poll
 * (a new, linked poll, DESIGN §2.3) no longer counts; a correction still in progress does not yet
 * replace it.
 */
export function standingCertified<
  T extends Pick<EvaluationPoll, 'id' | 'status' | 'correctsPollId'> & { result: unknown },
>(rows: T[]): T[] {
  const certified = rows.filter((r) => r.status === 'certified' && r.result);
  const replaced = new Set(certified.flatMap((r) => (r.correctsPollId ? [r.correctsPollId] : [])));
  return certified.filter((r) => !replaced.has(r.id));
}

/**
 * Each participant's 民主测评 result from the certified (frozen) results of the campaign's
 * democratic-evaluation polls, keyed by participant id (ROUND4 contract): counts per option, valid
 * votes, score, satisfaction rate and the unqualified verdict, with the option scores used. A pure
 * read; a participant whose village has no certified evaluation is absent.
 */
export async function readVillageEvaluations(
  q: Queryable,
  campaignId: string,
): Promise<Map<string, VillageEvaluationResult>> {
  return evaluationsOf(standingCertified(await campaignEvaluationPolls(q, campaignId)));
}

/** Each participant's result from the standing certified polls (sorted here by certification). */
export function evaluationsOf(
  standing: (Pick<EvaluationPoll, 'id' | 'certifiedAt'> & {
    result: { questions: readonly EvaluationQuestion[] } | null;
  })[],
): Map<string, VillageEvaluationResult> {
  const byParticipant = new Map<string, VillageEvaluationResult>();
  // Oldest certification first, so a later one (a second poll on the same person) wins.
  standing.sort((a, b) => a.certifiedAt!.getTime() - b.certifiedAt!.getTime());
  for (const poll of standing) {
    for (const question of poll.result!.questions) {
      if (question.subjectType !== 'participant' || !question.subjectId) continue;
      const read = evaluationOfQuestion(question);
      if (!read) continue;
      byParticipant.set(question.subjectId, {
        pollId: poll.id,
        certifiedAt: poll.certifiedAt!.toISOString(),
        counts: read.counts,
        ...villageEvaluationScore(read.counts, read.optionScores),
        optionScores: read.optionScores,
      });
    }
  }
  return byParticipant;
}
