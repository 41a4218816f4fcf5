/** Shapes of the server's answers, as the pages use them. */
import type { CampaignConfig } from '../../../server/domain/campaign-config.ts';
import type { Phase } from '../../../server/domain/phases.ts';

export type { CampaignConfig, Phase };

export type Township = { id: string; name: string; villageCount?: number };

export type Post = 'party_secretary' | 'committee_director';

export type Person = {
  id: string;
  villageId: string;
  name: string;
  gender: string | null;
  birthYear: number | null;
  phone: string | null;
  partyMember: boolean;
};

export type Position = {
  id: string;
  personId: string;
  personName?: string;
  post: Post;
  startDate: string;
  endDate: string | null;
};

export type CadreRef = { personId: string; name: string } | null;

export type VillageRow = {
  id: string;
  townshipId: string;
  townshipName?: string;
  name: string;
  adultPopulation: number;
  households: number;
  representatives: number;
  partyMembers: number;
  secretary: CadreRef;
  director: CadreRef;
};

export type VillageDetail = VillageRow & { persons: Person[]; positions: Position[] };

export type CampaignSummary = {
  id: string;
  townshipId: string;
  townshipName?: string;
  year: number;
  phase: Phase;
  phaseLabel: string;
};

export type CampaignDetail = CampaignSummary & {
  config: CampaignConfig;
  defaults: CampaignConfig;
  nextPhase: Phase | null;
  nextPhaseRefusals: string[];
};

export type Participant = {
  id: string;
  personId: string;
  name: string;
  villageId: string;
  villageName: string;
  isSecretary: boolean;
  isDirector: boolean;
  excluded: boolean;
  excludedReason: string | null;
  excludedOn: string | null;
};

export type AuditEntry = {
  seq: number;
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

export type AuditPage = { total: number; entries: AuditEntry[] };

export type ChainCheck = { ok: boolean; checked: number; brokenSeq: number | null; why: string | null };
