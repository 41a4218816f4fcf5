import type { Scope } from '../../core/actor.ts';
import type { Role } from '../roles.ts';

/**
 * Who may read a cadre's 履职档案 (DESIGN §2.5: the history follows the person across villages,
 * posts and years). The county's roles see every cadre of the county; the township office a cadre
 * who took part in one of its years (and then their whole history, other townships' years included:
 * the record follows the person); a township leader those of their contact villages; a cadre only
 * themself. Anyone else (clerks, jurors, inspectors, villager supervisors) none.
 */
export type HistoryViewer = {
  role: Role;
  scope: Scope;
  personId: string | null;
  contactVillageIds: readonly string[];
};

/** Where the person has been: their county, and every township and village they took part in. */
export type HistorySubject = {
  personId: string;
  countyId: string;
  townshipIds: readonly string[];
  villageIds: readonly string[];
};

/** 'hidden': outside the viewer's scope (answered as not found, so it does not say the person exists). */
export type HistoryAccess = 'allowed' | 'forbidden' | 'hidden';

export const HISTORY_FORBIDDEN = '无权查看村干部履职档案';
export const HISTORY_OWN_ONLY = '只能查看本人的履职档案';

/** Whose 履职档案 the viewer's home page links to as their own: a cadre's, no one else's. */
export function ownHistoryPersonId(viewer: Pick<HistoryViewer, 'role' | 'personId'>): string | null {
  return viewer.role === 'village_cadre' ? viewer.personId : null;
}

export function historyAccess(viewer: HistoryViewer, subject: HistorySubject): HistoryAccess {
  if (subject.countyId !== viewer.scope.countyId) return 'hidden';
  switch (viewer.role) {
    case 'county_viewer':
    case 'county_admin':
      return 'allowed';
    case 'township_office':
      return viewer.scope.townshipId !== null && subject.townshipIds.includes(viewer.scope.townshipId)
        ? 'allowed'
        : 'hidden';
    case 'township_leader':
      return subject.villageIds.some((v) => viewer.contactVillageIds.includes(v)) ? 'allowed' : 'hidden';
    case 'village_cadre':
      return ownHistoryPersonId(viewer) === subject.personId ? 'allowed' : 'forbidden';
    default:
      return 'forbidden';
  }
}
