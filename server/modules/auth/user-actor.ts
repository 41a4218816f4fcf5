import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { type users, userVillages } from '../../db/schema/index.ts';

/** The actor a signed-in request of this account acts as (a township leader's contact villages read too). */
export async function actorOfUser(db: Queryable, user: typeof users.$inferSelect): Promise<Actor> {
  const contacts =
    user.role === 'township_leader'
      ? await db
          .select({ villageId: userVillages.villageId })
          .from(userVillages)
          .where(eq(userVillages.userId, user.id))
      : [];
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    personId: user.personId,
    scope: { countyId: user.countyId, townshipId: user.townshipId, villageId: user.villageId },
    contactVillageIds: contacts.map((c) => c.villageId),
  };
}
