/**
 * 公示 (DESIGN §2.6): what may be published, and the dates of a publication's period and objection
 * window. Pure: the caller passes "today" as the township's local date (local-time.ts).
 */
import { MIN_PUBLICITY_DAYS } from './campaign-config.ts';

/**
 * What a publication shows. Each kind names the scope it is published at and whether it is about one
 * participant; later kinds (results, commendations) are added here and nowhere else.
 */
export const PUBLICATION_KIND_RULES = {
  /** 考评活动方案: the township's campaign plan. */
  plan: { label: '考评活动方案', scope: 'township', participant: 'none' },
  /** 承诺事项: a village's (or one cadre's) approved pledges. */
  pledges: { label: '承诺事项', scope: 'village', participant: 'optional' },
  /** 践诺情况: progress on those pledges. */
  progress: { label: '践诺情况', scope: 'village', participant: 'optional' },
  /** 考评结果: year-end evaluation results. */
  results: { label: '考评结果', scope: 'either', participant: 'optional' },
  /** 表彰: commendations. */
  commendation: { label: '表彰决定', scope: 'either', participant: 'optional' },
} as const satisfies Record<
  string,
  { label: string; scope: 'township' | 'village' | 'either'; participant: 'none' | 'optional' }
>;

export type PublicationKind = keyof typeof PUBLICATION_KIND_RULES;
export const PUBLICATION_KINDS = Object.keys(PUBLICATION_KIND_RULES) as [
  PublicationKind,
  ...PublicationKind[],
];

export const publicationKindLabel = (kind: PublicationKind) => PUBLICATION_KIND_RULES[kind].label;
