import { Alert, Button, Card, Empty, Flex, Select, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { CASE_STEP_LABELS, CASE_STEPS } from '../../../../server/domain/sanctions/due-process.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { CaseStepModal } from './CaseStepModal.tsx';
import { useSanctions } from './queries.ts';
import { S } from './strings.ts';
import { TalkModal } from './TalkModal.tsx';
import type { Admonishment, RemovalCase } from './types.ts';

const SHOWN = ['sanctions', 'archived'];

function statusTag(a: Admonishment) {
  if (a.closed) return <Tag color="default">{S.closed}</Tag>;
  return a.overdue ? <Tag color="red">{S.overdue}</Tag> : <Tag color="orange">{S.open}</Tag>;
}

function AdmonishmentTable({
  rows,
  onRecord,
}: {
  rows: Admonishment[];
  onRecord: (a: Admonishment) => void;
}) {
  const C = S.columns;
  return (
    <Table<Admonishment>
      rowKey="id"
      dataSource={rows}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: S.noAdmonishments }}
      onRow={(a) => ({ 'data-name': a.name }) as never}
      columns={[
        { title: C.name, dataIndex: 'name' },
        { title: C.village, dataIndex: 'villageName' },
        { title: C.reason, dataIndex: 'reasonText' },
        { title: C.dueOn, render: (_, a) => formatLocalDate(a.dueOn) },
        { title: C.status, render: (_, a) => statusTag(a) },
        {
          title: C.talk,
          render: (_, a) =>
            a.closed ? (
              <Flex vertical>
                <Typography.Text>
                  {S.talkSummary(a.talkedBy ?? '', formatLocalDate(a.talkedOn ?? ''))}
                </Typography.Text>
                <Typography.Text type="secondary">{a.undertaking}</Typography.Text>
              </Flex>
            ) : (
              S.none
            ),
        },
        {
          title: C.action,
          render: (_, a) =>
            a.allowedActions.includes('record') ? (
              <Button size="small" type="primary" onClick={() => onRecord(a)}>
                {S.record}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}

function CaseCard({ item, onStep }: { item: RemovalCase; onStep: (c: RemovalCase) => void }) {
  const done = item.steps.length;
  return (
    <Card
      size="small"
      data-testid="removal-case"
      title={`${item.name}（${item.villageName}）`}
      extra={
        item.closed ? (
          <Tag>{S.caseClosed}</Tag>
        ) : (
          <Tag color="red">{S.years(item.years[0], item.years[1])}</Tag>
        )
      }
    >
      <Flex vertical gap={8}>
        <Flex gap={4} wrap>
          {item.measures.map((m) => (
            <Tag key={m} color="volcano">
              {m}
            </Tag>
          ))}
        </Flex>
        {item.officeEndsByLaw ? <Alert type="warning" showIcon message={S.officeEnds} /> : null}
        <Steps
          size="small"
          current={done}
          direction="vertical"
          items={CASE_STEPS.map((step) => {
            const record = item.steps.find((s) => s.step === step);
            return {
              title: CASE_STEP_LABELS[step],
              description: record
                ? `${formatLocalDate(record.on)}：${record.text}（${record.recordedBy}）`
                : undefined,
            };
          })}
        />
        {item.nextStep && item.allowedActions.includes('record') ? (
          <Button type="primary" onClick={() => onStep(item)} style={{ alignSelf: 'flex-start' }}>
            {S.nextStep(CASE_STEP_LABELS[item.nextStep])}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}

/** 奖惩: the year's admonishment talks (overdue first) and its removal cases with their due process. */
export function SanctionsPage() {
  const campaigns = useCampaigns();
  const years = [...(campaigns.data ?? [])]
    .filter((c) => SHOWN.includes(c.phase))
    .sort((a, b) => b.year - a.year);
  const [chosen, setChosen] = useState<string | undefined>();
  const campaignId = chosen ?? years[0]?.id;
  const sanctions = useSanctions(campaignId);
  const [talk, setTalk] = useState<Admonishment | null>(null);
  const [step, setStep] = useState<RemovalCase | null>(null);
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (!campaignId)
    return (
      <Page title={S.title}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  if (sanctions.isPending) return <FullPageSpin />;
  if (sanctions.isError)
    return <LoadError error={sanctions.error} onRetry={() => void sanctions.refetch()} />;
  const data = sanctions.data;
  return (
    <Page
      title={S.title}
      extra={
        <Select
          aria-label={S.campaign}
          value={campaignId}
          onChange={setChosen}
          options={years.map((c) => ({ value: c.id, label: `${c.townshipName} ${S.year(c.year)}` }))}
          style={{ minWidth: 180 }}
        />
      }
    >
      <Flex vertical gap={16}>
        <Card title={S.admonishments} size="small">
          <Typography.Paragraph type="secondary">{S.admonishmentsIntro}</Typography.Paragraph>
          <AdmonishmentTable rows={data.admonishments} onRecord={setTalk} />
        </Card>
        <Card title={S.removalCases} size="small">
          <Typography.Paragraph type="secondary">{S.removalIntro}</Typography.Paragraph>
          {data.removalCases.length === 0 ? (
            <Empty description={S.noCases} />
          ) : (
            <Flex vertical gap={12}>
              {data.removalCases.map((c) => (
                <CaseCard key={c.id} item={c} onStep={setStep} />
              ))}
            </Flex>
          )}
        </Card>
      </Flex>
      <TalkModal task={talk} onClose={() => setTalk(null)} />
      <CaseStepModal target={step} onClose={() => setStep(null)} />
    </Page>
  );
}
