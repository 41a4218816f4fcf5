import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { pollOptions, pollQuestions } from '../../db/schema/index.ts';
import type { OptionKind } from '../../domain/voting/option-kinds.ts';

export type ShapeOption = { id: string; label: string; kind: OptionKind; score: number | null };
export type ShapeQuestion = {
  id: string;
  label: string;
  subjectType: string | null;
  subjectId: string | null;
  options: ShapeOption[];
};

/**
 * A poll's questions and options never change once created (there is no edit), so the shape is
 * cached: a cast ballot is checked against it without another query.
 */
const cache = new Map<string, ShapeQuestion[]>();
const pollOfQuestion = new Map<string, string>();
const CACHE_LIMIT = 2000;

export async function pollShape(db: Queryable, pollId: string): Promise<ShapeQuestion[]> {
  const cached = cache.get(pollId);
  if (cached) return cached;
  const questions = await db
    .select()
    .from(pollQuestions)
    .where(eq(pollQuestions.pollId, pollId))
    .orderBy(asc(pollQuestions.position));
  const options = await db
    .select()
    .from(pollOptions)
    .where(eq(pollOptions.pollId, pollId))
    .orderBy(asc(pollOptions.position));
  const shape = questions.map((q) => ({
    id: q.id,
    label: q.label,
    subjectType: q.subjectType,
    subjectId: q.subjectId,
    options: options
      .filter((o) => o.questionId === q.id)
      .map((o) => ({ id: o.id, label: o.label, kind: o.kind, score: o.score })),
  }));
  if (shape.length === 0) return shape;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(pollId, shape);
  if (pollOfQuestion.size >= CACHE_LIMIT * 20) pollOfQuestion.clear();
  for (const q of shape) pollOfQuestion.set(q.id, pollId);
  return shape;
}

/** The poll a question belongs to (a cast names questions; the code's poll must be the same). */
export async function pollIdOfQuestion(db: Queryable, questionId: string): Promise<string | null> {
  const cached = pollOfQuestion.get(questionId);
  if (cached) return cached;
  const [row] = await db
    .select({ pollId: pollQuestions.pollId })
    .from(pollQuestions)
    .where(eq(pollQuestions.id, questionId));
  return row?.pollId ?? null;
}
