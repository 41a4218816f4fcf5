import { Alert, Card, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { PHASE_LABELS, type Phase } from '../../../../server/domain/phases.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
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
  const campaigns = useCampaigns();
  const years = [...(campaigns.data ?? [])]
    .filter((c) => SHOWN.includes(c.phase))
    .sort((a, b) => b.year - a.year);
  const [chosen, setChosen] = useState<string | undefined>();
  const campaign = years.find((c) => c.id === chosen) ?? years[0];
  const sanctions = useSanctions(campaign?.id);
  const [talk, setTalk] = useState<Admonishment | null>(null);
  const [step, setStep] = useState<RemovalCase | null>(null);
  const [propose, setPropose] = useState<RemovalCase | null>(null);
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (!campaign)
    return (
      <Page title={S.title}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  if (sanctions.isPending) return <FullPageSpin />;
  if (sanctions.isError)
    return <LoadError error={sanctions.error} onRetry={() => void sanctions.refetch()} />;
  const data = sanctions.data;
  const before = BEFORE_SANCTIONS.includes(campaign.phase);
  return (
    <Page
      title={S.title}
      extra={
        <Select
          aria-label={S.campaign}
          value={campaign.id}
          onChange={setChosen}
          options={years.map((c) => ({
            value: c.id,
            label: `${c.townshipName} ${S.year(c.year)}（${PHASE_LABELS[c.phase]}）`,
          }))}
          style={{ minWidth: 220, maxWidth: '100%' }}
        />
      }
    >
      <Flex vertical gap={16}>
        {before ? (
          <>
            <Alert
              type="info"
              showIcon
              message={S.beforeSanctions(campaign.year, PHASE_LABELS[campaign.phase])}
            />
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
    </Page>
  );
}
