import { Alert, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { Phase } from '../../../../server/domain/phases.ts';
import type { CampaignSummary } from '../../api/types.ts';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { YearPage } from '../../shared/YearPage.tsx';
import { AdmonishmentTable } from './AdmonishmentTable.tsx';
import { CaseCard } from './CaseCard.tsx';
import { CaseStepModal } from './CaseStepModal.tsx';
import { useSanctions } from './queries.ts';
import { RecallProposalModal } from './RecallProposalModal.tsx';
import { RemovalOutlookCard } from './RemovalOutlookCard.tsx';
import { S } from './strings.ts';
import { TalkModal } from './TalkModal.tsx';
import type { Admonishment, RemovalCase, Sanctions } from './types.ts';

/** A year in 评诺 is shown for what its results will bring; 奖惩 and archived years for what they brought. */
const SHOWN: readonly Phase[] = ['evaluation', 'sanctions', 'archived'];
const BEFORE_SANCTIONS: readonly Phase[] = ['evaluation'];

function SanctionsCards({
  data,
  onTalk,
  onStep,
  onPropose,
}: {
  data: Sanctions;
  onTalk: (a: Admonishment) => void;
  onStep: (c: RemovalCase) => void;
  onPropose: (c: RemovalCase) => void;
}) {
  return (
    <>
      <Card title={S.admonishments} size="small">
        <Typography.Paragraph type="secondary">{S.admonishmentsIntro}</Typography.Paragraph>
        <AdmonishmentTable rows={data.admonishments} onRecord={onTalk} />
      </Card>
      <Card title={S.removalCases} size="small">
        <Typography.Paragraph type="secondary">{S.removalIntro}</Typography.Paragraph>
        {data.removalCases.length === 0 ? (
          <Empty description={S.noCases} />
        ) : (
          <Flex vertical gap={12}>
            {data.removalCases.map((c) => (
              <CaseCard key={c.id} item={c} onStep={onStep} onPropose={onPropose} />
            ))}
          </Flex>
        )}
      </Card>
    </>
  );
}

/**
 * 奖惩: the year's admonishment talks (overdue first) and its removal cases with their due process;
 * for a year still in 评诺, who will face a removal case once its results are confirmed.
 */
export function SanctionsPage() {
  return (
    <YearPage title={S.title} labels={S} shows={(c) => SHOWN.includes(c.phase)}>
      {(campaign) => <YearSanctions campaign={campaign} />}
    </YearPage>
  );
}

function YearSanctions({ campaign }: { campaign: CampaignSummary }) {
  const sanctions = useSanctions(campaign.id);
  const [talk, setTalk] = useState<Admonishment | null>(null);
  const [step, setStep] = useState<RemovalCase | null>(null);
  const [propose, setPropose] = useState<RemovalCase | null>(null);
  if (sanctions.isPending) return <FullPageSpin />;
  if (sanctions.isError)
    return <LoadError error={sanctions.error} onRetry={() => void sanctions.refetch()} />;
  const data = sanctions.data;
  const before = BEFORE_SANCTIONS.includes(campaign.phase);
  return (
    <>
      <Flex vertical gap={16}>
        {before ? (
          <>
            <Alert type="info" showIcon message={S.beforeSanctions(campaign.year, campaign.phaseLabel)} />
            {/* Once a case is open, an empty outlook says nothing more. */}
            {data.removalOutlook.length > 0 || data.removalCases.length === 0 ? (
              <RemovalOutlookCard rows={data.removalOutlook} />
            ) : null}
          </>
        ) : null}
        {/* In 评诺 what a certified 民主测评 already settled is open too (cases, admonishments). */}
        {!before || data.admonishments.length > 0 || data.removalCases.length > 0 ? (
          <SanctionsCards data={data} onTalk={setTalk} onStep={setStep} onPropose={setPropose} />
        ) : null}
      </Flex>
      <TalkModal task={talk} onClose={() => setTalk(null)} />
      <CaseStepModal target={step} onClose={() => setStep(null)} />
      <RecallProposalModal target={propose} onClose={() => setPropose(null)} />
    </>
  );
}
