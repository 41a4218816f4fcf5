import { Alert, Button, Card, Flex, List, Typography } from 'antd';
import { Link } from 'react-router';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import type { CampaignSummary } from '../../api/types.ts';
import { LoadError } from '../../shared/StatusPages.tsx';
import { useChecklist, useOverview } from '../pledges/queries.ts';
import { EvaluationTodo } from './EvaluationTodo.tsx';
import { NEXT_STEP, T } from './todo-strings.ts';

/** The township's campaign of the current year, else the latest one. */
export function currentCampaign(campaigns: CampaignSummary[]): CampaignSummary | undefined {
  const sorted = [...campaigns].sort((a, b) => b.year - a.year);
  return sorted.find((c) => c.year === new Date().getFullYear()) ?? sorted[0];
}

function NotPledging({ campaign }: { campaign: CampaignSummary }) {
  return (
    <Card title={T.title} size="small" data-testid="todo">
      <Flex vertical gap={8} align="start">
        <Typography.Text>
          {campaign.phase === 'setup' ? T.setup : T.notPledging(campaign.phaseLabel)}
        </Typography.Text>
        <Link to={`/campaigns/${campaign.id}`}>
          <Button>{T.openCampaign}</Button>
        </Link>
      </Flex>
    </Card>
  );
}

/** The office: sets awaiting approval (by village), overdue villages, drafts not started. */
export function OfficeTodo({ campaign }: { campaign: CampaignSummary }) {
  if (campaign.phase === 'pledging') return <OfficePledging campaign={campaign} />;
  if (campaign.phase === 'evaluation') return <EvaluationTodo campaign={campaign} />;
  return <NotPledging campaign={campaign} />;
}

function OfficePledging({ campaign }: { campaign: CampaignSummary }) {
  const overview = useOverview(campaign.id);
  if (overview.isError) return <LoadError error={overview.error} />;
  if (!overview.data) return <Card title={T.title} size="small" loading />;
  const o = overview.data;
  const waiting = o.villages.filter((v) => v.counts.confirmed > 0);
  const awaiting = waiting.reduce((n, v) => n + v.counts.confirmed, 0);
  const notStarted = o.villages.reduce((n, v) => n + v.notStarted, 0);
  const base = `/pledging/campaigns/${campaign.id}`;
  return (
    <Card title={T.title} size="small" data-testid="todo" extra={<Link to={base}>{T.overview}</Link>}>
      <Flex vertical gap={8}>
        <Typography.Text type={o.pastDeadline ? 'danger' : 'secondary'}>
          {T.daysLeft(o.daysLeft, formatLocalDate(o.commitmentDeadline))}
        </Typography.Text>
        {awaiting > 0 ? (
          <Alert type="warning" showIcon title={T.awaiting(awaiting)} />
        ) : (
          <Typography.Text>{T.nothing}</Typography.Text>
        )}
        {waiting.length > 0 && (
          <List
            size="small"
            dataSource={waiting}
            renderItem={(v) => (
              <List.Item extra={<Link to={`${base}/villages/${v.villageId}`}>{T.review}</Link>}>
                {T.awaitingVillage(v.villageName, v.counts.confirmed)}
              </List.Item>
            )}
          />
        )}
        {o.totals.overdueVillages > 0 && (
          <Alert type="error" showIcon title={T.overdue(o.totals.overdueVillages)} />
        )}
        {notStarted > 0 && <Typography.Text type="secondary">{T.notStarted(notStarted)}</Typography.Text>}
      </Flex>
    </Card>
  );
}

/** A village: the next step of each cadre's set. */
export function VillageTodo({ campaign, villageId }: { campaign: CampaignSummary; villageId: string }) {
  if (campaign.phase !== 'pledging') return <NotPledging campaign={campaign} />;
  return <VillagePledging campaign={campaign} villageId={villageId} />;
}

function VillagePledging({ campaign, villageId }: { campaign: CampaignSummary; villageId: string }) {
  const checklist = useChecklist(campaign.id, villageId);
  if (checklist.isError) return <LoadError error={checklist.error} />;
  if (!checklist.data) return <Card title={T.title} size="small" loading />;
  const people = checklist.data.participants.filter((p) => !p.excluded);
  return (
    <Card title={T.title} size="small" data-testid="todo">
      {people.length === 0 ? (
        <Typography.Text>{T.nothing}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={people}
          renderItem={(p) => (
            <List.Item
              extra={<Link to={`/pledging/participants/${p.participantId}`}>{T.open}</Link>}
              data-testid="todo-step"
            >
              <List.Item.Meta
                title={`${p.name}（${p.roleLabel}）`}
                description={
                  <Typography.Text type={p.overdue ? 'danger' : undefined}>
                    {NEXT_STEP[p.setStatus ?? 'none']}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
