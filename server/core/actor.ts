import type { Role } from '../domain/roles.ts';

/** Whose org units a caller may see: the one shared place every query takes its scope from. */
export type Scope = {
  countyId: string;
  /** null: every township of the county (county viewer). */
  townshipId: string | null;
  /** null: every village of the township. */
  villageId: string | null;
};

/** The signed-in caller, loaded from the session on every request. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  scope: Scope;
  /** The person a cadre account speaks for (village cadres); null for other accounts. */
  personId: string | null;
  /** 联系村 of a township leader; empty for other roles. */
  contactVillageIds: string[];
};

/** The audit log's name for a writer that is no signed-in user (a villager, the demo loader). */
export type AuditActor = { id: string | null; name: string };

export const asAuditActor = (actor: Actor): AuditActor => ({ id: actor.userId, name: actor.displayName });
export const PUBLIC_ACTOR: AuditActor = { id: null, name: '村民（匿名）' };
export const SYSTEM_ACTOR: AuditActor = { id: null, name: '系统' };
