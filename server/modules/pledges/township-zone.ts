import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { townships } from '../../db/schema/index.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/local-time.ts';

/** The time zone the township lives in: its "today" and the times printed for its people. */
export async function townshipZone(db: Queryable, townshipId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: townships.timeZone })
    .from(townships)
    .where(eq(townships.id, townshipId));
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
}
