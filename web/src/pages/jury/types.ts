import type { z } from 'zod';
import type {
  candidateView,
  jurorReportView,
  meetingOfCampaign,
  monitorView,
  myMeetingView,
  paperResult,
  personOption,
  reporterScoresView,
  screenView,
  slipsResult,
} from '../../../../server/modules/jury/jury.schema.ts';

/** The jury API's answers (server/modules/jury/jury.schema.ts). */
export type MeetingOfCampaign = z.infer<typeof meetingOfCampaign>;
export type Meeting = NonNullable<MeetingOfCampaign['meeting']>;
export type Juror = Meeting['jurors'][number];
export type Reporter = Meeting['reporters'][number];
export type Correction = Meeting['corrections'][number];
export type Candidate = z.infer<typeof candidateView>;
export type PersonOption = z.infer<typeof personOption>;
export type Slips = z.infer<typeof slipsResult>;
export type PaperResult = z.infer<typeof paperResult>;
export type ReporterScores = z.infer<typeof reporterScoresView>;
export type Monitor = z.infer<typeof monitorView>;
export type JurorReport = z.infer<typeof jurorReportView>;
export type MyMeeting = z.infer<typeof myMeetingView>;
export type Screen = z.infer<typeof screenView>;
export type { JurorCategory } from '../../../../server/domain/evaluation/jury-categories.ts';
export {
  JUROR_CATEGORIES,
  JUROR_CATEGORY_LABELS,
} from '../../../../server/domain/evaluation/jury-categories.ts';
