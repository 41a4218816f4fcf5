import type { QueryKey } from '@tanstack/react-query';

/**
 * Every TanStack Query key of the web app, one object per area. Read a query with
 * `useQuery({ queryKey: keys.polls.detail(id), … })` and refresh after a write with
 * `useAppMutation({ …, invalidate: [keys.polls.all] })`.
 *
 * Keys are prefixes of each other on purpose: invalidating `keys.campaigns.all` also refreshes every
 * campaign's detail and participants, `keys.pledging.all` every pledging page. Never write a key
 * literal (`['polls']`) in a page: add it here.
 */
export const keys = {
  auth: {
    me: ['auth', 'me'] as const,
  },
  system: {
    /** Where printed links point (GET /api/public/config). */
    publicConfig: ['public-config'] as const,
  },
  org: {
    townships: ['townships'] as const,
    /** Every village list and every village's detail. */
    villages: ['villages'] as const,
    villageList: (townshipId?: string) => ['villages', { townshipId }] as const,
    village: (id: string) => ['villages', id] as const,
  },
  campaigns: {
    /** The list, every campaign's detail and participants. */
    all: ['campaigns'] as const,
    detail: (id: string) => ['campaigns', id] as const,
    participants: (id: string) => ['campaigns', id, 'participants'] as const,
    /** What a refresh of the participants from the posts would change (roster import page). */
    syncPreviews: ['campaigns', 'participant-sync-previews'] as const,
    /** An archived year's package: its seal and the packages issued (refreshed with the campaign). */
    archive: (id: string) => ['campaigns', id, 'archive'] as const,
  },
  pledging: {
    /** Every staff pledging page (sets, checklists, overviews). */
    all: ['pledging'] as const,
    participant: (participantId: string) => ['pledging', 'participant', participantId] as const,
    checklist: (campaignId: string, villageId: string) =>
      ['pledging', 'checklist', campaignId, villageId] as const,
    overview: (campaignId: string) => ['pledging', 'overview', campaignId] as const,
  },
  public: {
    /** The villagers' pages (no login). */
    all: ['public'] as const,
    villagePledges: (villageId: string) => ['public', 'village-pledges', villageId] as const,
  },
  meetings: {
    /** Every meeting list and meeting detail. */
    all: ['meetings'] as const,
    list: (villageId?: string) => ['meetings', 'list', { villageId }] as const,
    detail: (id: string) => ['meetings', id] as const,
    /** Accounts that may host a meeting of the village. */
    hostCandidates: (villageId?: string) => ['meetings', 'host-candidates', { villageId }] as const,
  },
  polls: {
    /** Every poll and its tallies. */
    all: ['polls'] as const,
    detail: (id: string) => ['polls', id] as const,
    tallies: (id: string) => ['polls', id, 'tallies'] as const,
  },
  accounts: {
    /** Every account list and the roster's people with their accounts. */
    all: ['accounts'] as const,
    list: (filter: unknown) => ['accounts', 'list', filter] as const,
    people: ['accounts', 'people'] as const,
    roles: ['accounts', 'roles'] as const,
  },
  letters: {
    /** Every letter list and letter page of the mailbox. */
    all: ['letters'] as const,
    list: (filter: unknown) => ['letters', 'list', filter] as const,
    detail: (id: string) => ['letters', id] as const,
    handlers: ['letters', 'handlers'] as const,
    boxes: (townshipId: string) => ['letters', 'boxes', townshipId] as const,
  },
  audit: {
    /** Every page of the log under any filter. */
    all: ['audit'] as const,
    page: (filter: unknown, page: number) => ['audit', filter, page] as const,
  },
  supervision: {
    /** Every supervision list (reports, checks, supervisors, visits, sessions, leaders) of any year. */
    all: ['supervision'] as const,
    part: (campaignId: string, part: string, filter?: unknown) =>
      ['supervision', campaignId, part, filter] as const,
    leaders: ['supervision', 'leaders'] as const,
  },
  progress: {
    /** Every progress list, pledge timeline and reuse list. */
    all: ['progress'] as const,
    list: (campaignId: string, villageId?: string) => ['progress', 'list', campaignId, villageId] as const,
    pledge: (pledgeId: string) => ['progress', 'pledge', pledgeId] as const,
    reuse: (campaignId: string) => ['progress', 'reuse', campaignId] as const,
  },
  publications: {
    /** Every campaign's publications (公示). */
    all: ['publications'] as const,
    list: (campaignId: string) => ['publications', campaignId] as const,
  },
  dashboard: {
    /** The township dashboard (践诺看板) of a campaign (undefined: the one the server picks). */
    view: (campaignId?: string) => ['dashboard', { campaignId }] as const,
  },
  county: {
    /** The township's report to the county and every township's submissions (上报县级). */
    all: ['county'] as const,
    report: (campaignId: string) => ['county', 'report', campaignId] as const,
    overview: (year?: number) => ['county', 'overview', { year }] as const,
  },
  inspection: {
    /** Every inspection page (overview, villages, candidates) of any year. */
    all: ['inspection'] as const,
    overview: (campaignId: string) => ['inspection', campaignId] as const,
    village: (campaignId: string, villageId: string) =>
      ['inspection', campaignId, 'village', villageId] as const,
    candidates: (campaignId: string) => ['inspection', campaignId, 'candidates'] as const,
  },
  jury: {
    /** Every 乡集中述职 page: the console, its tabs, the juror's phone. */
    all: ['jury'] as const,
    campaign: (campaignId: string) => ['jury', 'campaign', campaignId] as const,
    meeting: (id: string) => ['jury', 'meeting', id] as const,
    people: (id: string) => ['jury', 'meeting', id, 'people'] as const,
    candidates: (id: string) => ['jury', 'meeting', id, 'candidates'] as const,
    monitor: (id: string) => ['jury', 'meeting', id, 'monitor'] as const,
    report: (id: string) => ['jury', 'meeting', id, 'report'] as const,
    scores: (reporterId: string) => ['jury', 'scores', reporterId] as const,
    mine: ['jury', 'mine'] as const,
  },
  villageEvaluation: {
    /** Every campaign's 民主测评 overview. */
    all: ['village-evaluation'] as const,
    overview: (campaignId: string) => ['village-evaluation', campaignId] as const,
    /** The evaluations the signed-in 村务监督委员会主任 chairs. */
    chaired: ['village-evaluation', 'chaired'] as const,
  },
  sanctions: {
    /** Every year's 奖惩 (admonishments and removal cases). */
    all: ['sanctions'] as const,
    campaign: (campaignId: string) => ['sanctions', campaignId] as const,
  },
  history: {
    /** Every cadre's 履职档案 and the county's trends. */
    all: ['history'] as const,
    person: (personId: string) => ['history', 'person', personId] as const,
    countyTrends: ['history', 'county-trends'] as const,
  },
  weakOrganizations: {
    /** Every year's 软弱涣散村级组织 list. */
    all: ['weak-organizations'] as const,
    campaign: (campaignId: string, bottom: number) => ['weak-organizations', campaignId, bottom] as const,
  },
  rewards: {
    /** Every year's 绩效工资 and 评选表彰. */
    all: ['rewards'] as const,
    pay: (campaignId: string) => ['rewards', 'pay', campaignId] as const,
    commendation: (campaignId: string) => ['rewards', 'commendation', campaignId] as const,
  },
  results: {
    /** Every campaign's 考评结果 (preview or confirmed). */
    all: ['results'] as const,
    campaign: (campaignId: string) => ['results', campaignId] as const,
  },
  reports: {
    /** Every 述职报告 overview and report. */
    all: ['reports'] as const,
    overview: (filter: unknown) => ['reports', 'overview', filter] as const,
    report: (participantId: string) => ['reports', 'participant', participantId] as const,
  },
} satisfies Record<string, Record<string, QueryKey | ((...args: never[]) => QueryKey)>>;
