import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { actorOfUser } from '../auth/user-actor.ts';

/**
 * The demo account `username` as the actor a signed-in request of it would have: demo steps act
 * through the product's own services as the people who did the work (the clerk, the office, the host).
 */
export async function demoActor(db: Queryable, username: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) throw new Error(`demo account ${username} missing`);
  return actorOfUser(db, user);
}
