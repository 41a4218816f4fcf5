/** 承诺主体: who takes part in a campaign year, derived from dated post records (DESIGN §2.1). */
export type Post = 'party_secretary' | 'committee_director';

export type DatedPosition = {
  personId: string;
  villageId: string;
  post: Post;
  /** YYYY-MM-DD, inclusive. */
  startDate: string;
  /** YYYY-MM-DD, inclusive; null while the post is held. */
  endDate: string | null;
};

export type DerivedParticipant = {
  personId: string;
  /** The village of the person's latest post in the year. */
  villageId: string;
  isSecretary: boolean;
  isDirector: boolean;
  /** The person's posts that were held during the year, oldest first. */
  positions: DatedPosition[];
};

export const POST_LABELS: Record<Post, string> = {
  party_secretary: '党支部书记',
  committee_director: '村委会主任',
};

export type RoleLabel = '党支部书记' | '村委会主任' | '书记、主任一肩挑';

export function roleLabel(isSecretary: boolean, isDirector: boolean): RoleLabel {
  if (isSecretary && isDirector) return '书记、主任一肩挑';
  return isSecretary ? '党支部书记' : '村委会主任';
}

/** Was the post held on at least one day of the year? ISO dates compare as strings. */
export function heldDuringYear(
  position: Pick<DatedPosition, 'startDate' | 'endDate'>,
  year: number,
): boolean {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  if (position.startDate > yearEnd) return false;
  if (position.endDate !== null && position.endDate < yearStart) return false;
  return position.endDate === null || position.endDate >= position.startDate;
}

const byStart = (a: DatedPosition, b: DatedPosition) =>
  a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0;

/**
 * Every person who held a party secretary or committee director post on some day of the year is a
 * participant, once, whatever the number of posts: one person holding both posts (一肩挑) is one
 * participant with both roles; after a mid-year change both the old and the new holder take part.
 */
export function deriveParticipants(positions: readonly DatedPosition[], year: number): DerivedParticipant[] {
  const byPerson = new Map<string, DatedPosition[]>();
  for (const position of positions) {
    if (!heldDuringYear(position, year)) continue;
    const list = byPerson.get(position.personId) ?? [];
    list.push(position);
    byPerson.set(position.personId, list);
  }
  return [...byPerson.entries()].map(([personId, held]) => {
    const sorted = [...held].sort(byStart);
    return {
      personId,
      villageId: sorted.at(-1)!.villageId,
      isSecretary: sorted.some((p) => p.post === 'party_secretary'),
      isDirector: sorted.some((p) => p.post === 'committee_director'),
      positions: sorted,
    };
  });
}

export type StoredParticipant = {
  id: string;
  personId: string;
  villageId: string;
  isSecretary: boolean;
  isDirector: boolean;
  excluded: boolean;
};

export type ParticipantSyncPlan = {
  add: DerivedParticipant[];
  /** Existing rows whose village or roles changed; their id and exclusion are kept. */
  update: { id: string; derived: DerivedParticipant }[];
  /** Existing rows whose person no longer held a post in the year. */
  remove: StoredParticipant[];
};

/** How to bring the stored participants in line with a fresh derivation, keeping ids and exclusions. */
export function planParticipantSync(
  stored: readonly StoredParticipant[],
  derived: readonly DerivedParticipant[],
): ParticipantSyncPlan {
  const storedByPerson = new Map(stored.map((s) => [s.personId, s]));
  const derivedPersons = new Set(derived.map((d) => d.personId));
  const plan: ParticipantSyncPlan = { add: [], update: [], remove: [] };
  for (const d of derived) {
    const s = storedByPerson.get(d.personId);
    if (!s) plan.add.push(d);
    else if (
      s.villageId !== d.villageId ||
      s.isSecretary !== d.isSecretary ||
      s.isDirector !== d.isDirector
    ) {
      plan.update.push({ id: s.id, derived: d });
    }
  }
  plan.remove = stored.filter((s) => !derivedPersons.has(s.personId));
  return plan;
}
