import type { SanctionsView } from '../../../../server/modules/sanctions/sanctions.schema.ts';

export type Sanctions = SanctionsView;
export type Admonishment = Sanctions['admonishments'][number];
export type RemovalCase = Sanctions['removalCases'][number];
export type CaseStep = NonNullable<RemovalCase['nextStep']>;
export type TalkValues = { talkedBy: string; talkedOn: string; content: string; undertaking: string };
export type StepValues = { step: CaseStep; on: string; text: string };
export type Outlook = Sanctions['removalOutlook'][number];
export type ProposalValues = {
  voterSignatures: number;
  registeredVoters: number;
  representativeSignatures: number;
  representatives: number;
  on: string;
};
