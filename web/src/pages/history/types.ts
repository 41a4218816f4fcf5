import type { HistoryView, TrendsView } from '../../../../server/modules/history/history.schema.ts';

export type History = HistoryView;
export type HistoryYear = HistoryView['years'][number];
export type Trends = TrendsView;
export type TrendPoint = TrendsView['points'][number];
