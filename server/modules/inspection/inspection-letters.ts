import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { letters } from '../../db/schema/index.ts';
import { LETTER_STATUS_LABELS } from '../../domain/letters.ts';

/**
 * 监督信箱 letters of the year an inspection team should see about a village: those about the village
 * itself and those about one of its cadres. Read here (the letters module has no read of this shape) and
 * whitelisted: the content, dates, status and answer, never the writer's name, phone, or whether
 * the letter was signed.
 */
export async function lettersAbout(
  db: Queryable,
  campaignId: string,
  villageId: string,
  personIds: string[],
) {
  const rows = await db
    .select({
      id: letters.id,
      personId: letters.personId,
      receivedOn: letters.receivedOn,
      content: letters.content,
      status: letters.status,
      answer: letters.answer,
    })
    .from(letters)
    .where(
      and(
        eq(letters.campaignId, campaignId),
        eq(letters.villageId, villageId),
        or(isNull(letters.personId), personIds.length ? inArray(letters.personId, personIds) : undefined),
      ),
    )
    .orderBy(desc(letters.receivedOn), desc(letters.createdAt))
    .limit(50);
  return rows.map((r) => ({ ...r, statusLabel: LETTER_STATUS_LABELS[r.status] }));
}
export type LetterAbout = Awaited<ReturnType<typeof lettersAbout>>[number];
