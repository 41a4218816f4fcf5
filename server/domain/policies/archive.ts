/**
 * Who may download the archive package of a year (DESIGN §2: archived = read-only, hash-sealed):
 * the township's office and the county's roles (scope has seen to the township), once the year is
 * archived with a seal of per-module digests (years sealed before those carry too little to package).
 */
import { type AppError, conflict, forbidden, wrongPhase } from '../../core/errors.ts';
import { isAllowed } from '../permissions.ts';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';

export const ARCHIVE_ACTIONS = ['download'] as const;
export type ArchiveAction = (typeof ARCHIVE_ACTIONS)[number];

export type ArchiveFacts = {
  actor: { role: Role };
  phase: Phase;
  /** The seal hash is stored. */
  sealed: boolean;
  /** The seal has a digest per module (years sealed earlier hold one hash over the campaign only). */
  sealedByModule: boolean;
};

/** Why the actor may not take the action, or null when allowed. */
export function archiveRefusal(f: ArchiveFacts, _action: ArchiveAction): AppError | null {
  if (!isAllowed(f.actor.role, 'archive.download')) return forbidden();
  if (f.phase !== 'archived' || !f.sealed) return wrongPhase('该年度考评活动归档封存后才能下载归档包');
  if (!f.sealedByModule) {
    return conflict('LEGACY_SEAL', '该年度是早期归档的，封存只含考评活动与承诺主体，不能生成完整的归档包');
  }
  return null;
}

export const archiveActions = (f: ArchiveFacts): ArchiveAction[] =>
  ARCHIVE_ACTIONS.filter((a) => !archiveRefusal(f, a));
