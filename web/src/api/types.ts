/** Shapes of the server's answers, as the pages use them. */
import type { CampaignConfig } from '../../../server/domain/campaign-config.ts';
import type { Phase } from '../../../server/domain/phases.ts';

export type { CampaignConfig, Phase };

export type Township = { id: string; name: string; villageCount: number };

export type Post = 'party_secretary' | 'committee_director';

export type Person = {
  id: string;
  villageId: string;
  name: string;
  gender: '男' | '女' | null;
  birthYear: number | null;
  phone: string | null;
  /** The ID-card number as shown (419001********1234); the full number is never sent. */
  idCardMasked: string | null;
  partyMember: boolean;
  /** Posts held now (open positions). */
  currentPosts: Post[];
};

export type Position = {
  id: string;
  villageId: string;
  personId: string;
  personName: string;
  post: Post;
  startDate: string;
  endDate: string | null;
  current: boolean;
};

export type CadreRef = { personId: string; name: string } | null;

export type VillageRow = {
  id: string;
  townshipId: string;
  townshipName: string;
  name: string;
  /** 统计用区划代码: villages come from the server in its order. */
  code: string | null;
  adultPopulation: number;
  households: number;
  representatives: number;
  partyMembers: number;
  secretary: CadreRef;
  director: CadreRef;
  /** One person holds both posts (一肩挑). */
  dualRole: boolean;
};

export type VillageDetail = VillageRow & { persons: Person[]; positions: Position[] };

/** Something the office should know about a row before confirming (e.g. who a name was taken to be). */
export type ImportNote = { row: number; column: string; message: string };

export type ImportResult = {
  villagesCreated: number;
  villagesUpdated: number;
  personsCreated: number;
  /** Persons matched by their ID-card number to another village, moved here. */
  personsMoved: number;
  /** Numbers registered to persons who had none. */
  idCardsAdded: number;
  positionsCreated: number;
  positionsEnded: number;
  notes: ImportNote[];
  dryRun: boolean;
};

export type CampaignSummary = {
  id: string;
  townshipId: string;
  townshipName: string;
  year: number;
  phase: Phase;
  phaseLabel: string;
  participantCount: number;
  excludedCount: number;
};

export type CampaignDetail = {
  id: string;
  townshipId: string;
  year: number;
  phase: Phase;
  phaseLabel: string;
  config: CampaignConfig;
  defaults: CampaignConfig;
  nextPhase: Phase | null;
  nextPhaseLabel: string | null;
  nextPhaseRefusals: string[];
  sealHash: string | null;
  sealedAt: string | null;
};

export type Participant = {
  id: string;
  personId: string;
  name: string;
  villageId: string;
  villageName: string;
  isSecretary: boolean;
  isDirector: boolean;
  roleLabel: '党支部书记' | '村委会主任' | '书记、主任一肩挑';
  excluded: boolean;
  excludedReason: string | null;
  excludedOn: string | null;
  positions: { post: Post; startDate: string; endDate: string | null }[];
};

export type SyncResult = { added: number; updated: number; removed: number };

export type AuditEntry = {
  seq: number;
  /** Position in the county's audit chain: the entry's number as people see it. */
  chainSeq: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  hash: string;
};

export type AuditPage = { total: number; entries: AuditEntry[]; timeZone: string };

/** The county chain verified whole; counts and ranges are the caller's own entries. */
export type ChainCheck = {
  ok: boolean;
  checked: number;
  firstSeq: number | null;
  lastSeq: number | null;
  head: { seq: number; hash: string };
  brokenSeq: number | null;
  brokenInScope: boolean;
  why: string | null;
};
