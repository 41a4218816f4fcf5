import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import { users } from '../../db/schema/index.ts';
import { ROLE_LABELS, type Role } from '../../domain/roles.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_TOWNSHIP } from '../demo/demo-data.ts';

/**
 * Accounts the office has opened for more of its people, so the accounts page has content: two
 * awaiting their first sign-in (nobody knows their first password: the office resets one to print a
 * slip) and a deactivated one (the cadre under an open case).
 */
const DEMO_PEOPLE_ACCOUNTS: {
  username: string;
  person: string;
  village: string;
  role: Role;
  disabled: boolean;
}[] = [
  { username: 'cg2001', person: '王志强', village: '王屋村', role: 'village_cadre', disabled: false },
  { username: 'cg2002', person: '陈秀兰', village: '王屋村', role: 'village_cadre', disabled: false },
  { username: 'cg8001', person: '赵德胜', village: '石门村', role: 'village_cadre', disabled: true },
];

export const seedDemoAccounts: DemoStep = async (tx, ids) => {
  const townshipId = ids.townshipIds[DEMO_TOWNSHIP]!;
  const passwordHash = await hashPassword(randomBytes(18).toString('base64url'));
  for (const a of DEMO_PEOPLE_ACCOUNTS) {
    const [user] = await tx
      .insert(users)
      .values({
        countyId: ids.countyId,
        townshipId,
        villageId: ids.villageIds[a.village]!,
        personId: ids.personIds[a.person]!,
        username: a.username,
        displayName: `${a.person}（${a.village}${ROLE_LABELS[a.role]}）`,
        role: a.role,
        passwordHash,
        mustChangePassword: true,
        disabled: a.disabled,
      })
      .returning();
    await appendAudit(tx, SYSTEM_ACTOR, {
      action: 'account.create',
      entity: 'user',
      entityId: user!.id,
      countyId: ids.countyId,
      townshipId,
      after: { username: a.username, role: a.role, disabled: a.disabled },
    });
  }
};
