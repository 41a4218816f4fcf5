import type { CommendationView, PayView } from '../../../../server/modules/rewards/rewards.schema.ts';

export type Pay = PayView;
export type PayLine = Pay['lines'][number];
export type Commendation = CommendationView;
export type NoticeValues = Pick<Commendation, 'title' | 'recipients' | 'body' | 'signature' | 'noticeDate'>;
