import { Alert, Button, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { currentCampaign } from '../home/TodoCard.tsx';
import { ChairModal } from './ChairModal.tsx';
import { useEvaluationOverview } from './queries.ts';
import { percent, ResultParts, VerdictTag } from './ResultParts.tsx';
import { StartModal } from './StartModal.tsx';
import { S } from './strings.ts';
import type { EvaluationVillage, VillageEvaluationResult, VillageEvaluationState } from './types.ts';

const STATE_COLORS: Record<VillageEvaluationState, string> = {
  not_started: 'default',
  draft: 'default',
  open: 'processing',
  closed: 'warning',
  certified: 'success',
};

type Opened = { name: string; result: VillageEvaluationResult };

/** One cadre's line: name and post, the score (opens into its parts), the satisfaction rate, the verdict. */
function ParticipantLine({
  p,
  onOpen,
}: {
  p: EvaluationVillage['participants'][number];
  onOpen: (o: Opened) => void;
}) {
  const r = p.result;
  return (
    <Flex gap={8} wrap align="center" justify="space-between" data-testid="evaluation-participant">
      <Typography.Text strong>
        {p.name}
        <Typography.Text type="secondary">（{p.post}）</Typography.Text>
      </Typography.Text>
      {r ? (
        <Flex gap={8} wrap align="center">
          <Button
            size="small"
            type="link"
            onClick={() => onOpen({ name: p.name, result: r })}
            data-testid="evaluation-score"
          >
            {S.colScore} {r.score === null ? S.noValid : r.score.toFixed(2)}
          </Button>
          <Button size="small" type="link" onClick={() => onOpen({ name: p.name, result: r })}>
            {S.colRate} {percent(r.satisfactionRate)}
          </Button>
          <VerdictTag result={r} />
        </Flex>
      ) : (
        <Typography.Text type="secondary">{S.pending}</Typography.Text>
      )}
    </Flex>
  );
}

function VillageCard({
  village,
  onStart,
  onChair,
  onOpen,
}: {
  village: EvaluationVillage;
  onStart: () => void;
  onChair: () => void;
  onOpen: (o: Opened) => void;
}) {
  const may = (a: EvaluationVillage['allowedActions'][number]) => village.allowedActions.includes(a);
  return (
    <Card
      size="small"
      data-testid="evaluation-village"
      title={
        <Flex gap={8} wrap align="center">
          <span>{village.villageName}</span>
          <Tag color={STATE_COLORS[village.state]}>{village.stateLabel}</Tag>
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Text>
            {S.chair}：
            {village.chair ? (
              `${village.chair.name}（账号 ${village.chair.account}）`
            ) : (
              <Typography.Text type="warning">{S.noChair}</Typography.Text>
            )}
          </Typography.Text>
          {may('record_chair') && (
            <Button size="small" onClick={onChair}>
              {village.chair ? S.changeChair : S.recordChair}
            </Button>
          )}
        </Flex>
        {village.chair?.isSubject && <Alert type="warning" showIcon title={S.chairIsSubject} />}
        {village.poll?.openProblem && (
          <Alert type="warning" showIcon title={`${S.openProblem}：${village.poll.openProblem}`} />
        )}
        <Flex gap={8} wrap>
          {may('start') && (
            <Button type="primary" onClick={onStart}>
              {S.start}
            </Button>
          )}
          {village.poll && (
            <Link to={`/meetings/polls/${village.poll.id}`}>
              {S.toPoll}：{village.poll.title}
            </Link>
          )}
        </Flex>
        {village.participants.map((p) => (
          <ParticipantLine key={p.participantId} p={p} onOpen={onOpen} />
        ))}
      </Flex>
    </Card>
  );
}

/** 民主测评 for the office: each village not started / in progress / certified with every cadre's result. */
export function VillageEvaluationPage() {
  const campaigns = useCampaigns();
  const campaign = campaigns.data ? currentCampaign(campaigns.data) : undefined;
  const overview = useEvaluationOverview(campaign?.id);
  const [starting, setStarting] = useState<string | null>(null);
  const [chairing, setChairing] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  if (campaigns.isPending || (campaign && overview.isPending)) return <FullPageSpin />;
  if (campaigns.isError) return <LoadError error={campaigns.error} />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (overview.isError) return <LoadError error={overview.error} />;
  const data = overview.data!;
  const find = (id: string | null) => data.villages.find((v) => v.villageId === id);
  const certified = data.villages.filter((v) => v.state === 'certified').length;
  const unqualified = data.villages
    .flatMap((v) => v.participants)
    .filter((p) => p.result?.unqualified).length;
  const startVillage = find(starting);
  const chairVillage = find(chairing);
  return (
    <Page title={`${S.title}（${data.campaign.year} 年 · ${data.campaign.phaseLabel}）`}>
      <Flex vertical gap={12}>
        <Typography.Text strong data-testid="evaluation-summary">
          {S.summary(certified, data.villages.length, unqualified)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {data.rule}。{S.scoresUsed(data.optionScores)}
        </Typography.Text>
        <Row gutter={[12, 12]}>
          {data.villages.map((v) => (
            <Col key={v.villageId} xs={24} lg={12}>
              <VillageCard
                village={v}
                onStart={() => setStarting(v.villageId)}
                onChair={() => setChairing(v.villageId)}
                onOpen={setOpened}
              />
            </Col>
          ))}
        </Row>
      </Flex>
      {startVillage && (
        <StartModal campaignId={data.campaign.id} village={startVillage} onClose={() => setStarting(null)} />
      )}
      {chairVillage && (
        <ChairModal campaignId={data.campaign.id} village={chairVillage} onClose={() => setChairing(null)} />
      )}
      {opened && <ResultParts name={opened.name} result={opened.result} onClose={() => setOpened(null)} />}
    </Page>
  );
}
