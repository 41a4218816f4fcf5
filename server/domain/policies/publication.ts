/**
 * Who may do what to a publication (DESIGN §2.6). The township office publishes and withdraws; a
 * withdrawn publication stays on record (with its reason) and is never changed again; an archived
 * year is read-only.
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import { isAllowed } from '../permissions.ts';
import type { Role } from '../roles.ts';

export const PUBLICATION_ACTIONS = ['withdraw'] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

export type PublicationFacts = {
  actor: { role: Role };
  /** The publication's campaign is archived. */
  archived: boolean;
  withdrawn: boolean;
};

/** May the actor publish in a campaign (null when allowed). */
export function publishRefusal(f: { actor: { role: Role }; archived: boolean }): AppError | null {
  if (!isAllowed(f.actor.role, 'publication.write')) return forbidden();
  if (f.archived) return wrongPhase('该年度考评已归档，不能再公示');
  return null;
}

/** Why the actor may not take the action on the publication, or null when allowed. */
export function publicationRefusal(f: PublicationFacts, action: PublicationAction): AppError | null {
  const refusal = publishRefusal(f);
  if (refusal) return refusal;
  if (action === 'withdraw' && f.withdrawn) return conflict('WITHDRAWN', '该公示已撤回');
  return null;
}

export const publicationActions = (f: PublicationFacts): PublicationAction[] =>
  PUBLICATION_ACTIONS.filter((a) => !publicationRefusal(f, a));
