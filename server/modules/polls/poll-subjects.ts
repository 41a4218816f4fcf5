import { inArray } from 'drizzle-orm';
import { badRequest } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { participants, pledges } from '../../db/schema/index.ts';
import type { CreatePollBody } from './polls.schema.ts';

type MeetingPlace = { villageId: string; campaignId: string | null };

const WHAT = { participant: '承诺主体', pledge: '承诺事项' } as const;

/**
 * Each question's subject is a participant or pledge of the meeting's village and, when the meeting
 * names one, its campaign; anything else (an unknown id, another village's participant, a user's
 * id) is refused naming the question's field.
 */
export async function checkSubjects(db: Queryable, meeting: MeetingPlace, body: CreatePollBody) {
  const wanted = (type: 'participant' | 'pledge') =>
    body.questions.filter((q) => q.subjectType === type).map((q) => q.subjectId!);
  const subjectsOf = async (type: 'participant' | 'pledge') => {
    const ids = wanted(type);
    if (ids.length === 0) return new Map<string, MeetingPlace>();
    const table = type === 'participant' ? participants : pledges;
    const rows = await db
      .select({ id: table.id, villageId: table.villageId, campaignId: table.campaignId })
      .from(table)
      .where(inArray(table.id, ids));
    return new Map(rows.map((r) => [r.id, r]));
  };
  // One query at a time: db may be a transaction, which runs on one connection.
  const people = await subjectsOf('participant');
  const items = await subjectsOf('pledge');
  body.questions.forEach((q, i) => {
    if (!q.subjectType || !q.subjectId) return;
    const found = (q.subjectType === 'participant' ? people : items)!.get(q.subjectId);
    const fits =
      found &&
      found.villageId === meeting.villageId &&
      (meeting.campaignId === null || found.campaignId === meeting.campaignId);
    if (!fits) {
      const year = meeting.campaignId ? '本年度' : '';
      throw badRequest(
        `questions.${i}.subjectId`,
        `第 ${i + 1} 项议题的表决对象不是本村${year}的${WHAT[q.subjectType]}`,
      );
    }
  });
}
