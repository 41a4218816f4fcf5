import type { z } from 'zod';
import type { publishResultsBody, ResultsView } from '../../../../server/modules/results/results.schema.ts';

export type Results = ResultsView;
export type ResultRow = ResultsView['rows'][number];
export type PublishResultsBody = z.input<typeof publishResultsBody>;
