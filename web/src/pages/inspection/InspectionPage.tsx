import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { AssignModal } from './AssignModal.tsx';
import { useCurrentCampaign } from './current.ts';
import { changeVillage, deleteTeam, useOverview } from './queries.ts';
import { S } from './strings.ts';
import { TeamModal } from './TeamModal.tsx';
import {
  type Overview,
  type ParticipantScore,
  type Team,
  VILLAGE_STATUS_COLORS,
  type VillageRow,
} from './types.ts';

const score = (s: number | null) => (s === null ? '—' : s.toFixed(2));

function TeamsCard({ data, campaignId }: { data: Overview; campaignId: string }) {
  const manage = data.allowedActions.includes('manage');
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [assigning, setAssigning] = useState<Team | null>(null);
  const remove = useAppMutation<Team, unknown>({
    mutationFn: (t) => deleteTeam(t.id),
    success: S.deleted,
    invalidate: [keys.inspection.all],
  });
  const names = new Map(data.villages.map((v) => [v.villageId, v.villageName]));
  return (
    <Card
      size="small"
      title={S.teams}
      data-testid="inspection-teams"
      extra={
        manage ? (
          <Button type="primary" onClick={() => setEditing('new')}>
            {S.newTeam}
          </Button>
        ) : null
      }
    >
      <Table<Team>
        rowKey="id"
        dataSource={data.teams}
        pagination={false}
        columns={[
          { title: S.teams, dataIndex: 'name', width: 120 },
          {
            title: S.members,
            key: 'members',
            width: '45%',
            render: (_, t) => (
              <Flex gap={4} wrap>
                {t.members.map((m) => (
                  <Tag key={m.personId} color={m.leader ? 'blue' : undefined}>
                    {`${m.name}（${m.leader ? `${S.leader}，` : ''}${m.kindLabel}）`}
                    {m.hasAccount ? '' : ` · ${S.noAccount}`}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          {
            title: S.villagesOf,
            key: 'villages',
            render: (_, t) => t.villageIds.map((id) => names.get(id)).join('、') || S.none,
          },
          ...(manage
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, t: Team) => (
                    <Flex gap={4} wrap>
                      <Button size="small" onClick={() => setAssigning(t)}>
                        {S.assign}
                      </Button>
                      <Button size="small" onClick={() => setEditing(t)}>
                        {S.editTeam}
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => remove.confirm(t, { title: S.deleteConfirm(t.name), danger: true })}
                      >
                        {S.deleteTeam}
                      </Button>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      <TeamModal
        campaignId={campaignId}
        team={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
      <AssignModal team={assigning} villages={data.villages} onClose={() => setAssigning(null)} />
    </Card>
  );
}

function VillagesCard({ data, campaignId }: { data: Overview; campaignId: string }) {
  const change = useAppMutation<{ v: VillageRow; action: 'lock' | 'unlock' }, unknown>({
    mutationFn: ({ v, action }) => changeVillage(campaignId, v.villageId, action),
    success: (_r, { action }) => (action === 'lock' ? S.lockedDone : S.unlockedDone),
    invalidate: [keys.inspection.all],
  });
  return (
    <Card size="small" title={S.villages} data-testid="inspection-villages">
      <Table<VillageRow>
        rowKey="villageId"
        dataSource={data.villages}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: S.village, dataIndex: 'villageName' },
          {
            title: S.team,
            key: 'team',
            render: (_, v) => v.teamName ?? <Typography.Text type="warning">{S.unassigned}</Typography.Text>,
          },
          {
            title: S.status,
            key: 'status',
            render: (_, v) => (
              <Flex gap={4}>
                <Tag color={VILLAGE_STATUS_COLORS[v.status]}>{v.statusLabel}</Tag>
                {v.locked ? <Tag color="purple">{S.locked}</Tag> : null}
              </Flex>
            ),
          },
          {
            title: S.progressCount,
            key: 'count',
            align: 'right',
            render: (_, v) => `${v.inspected} / ${v.pledges}`,
          },
          {
            title: S.submittedAt,
            key: 'at',
            render: (_, v) => (v.submittedAt ? `${v.submittedAt} ${v.submittedByName ?? ''}` : ''),
          },
          {
            title: '',
            key: 'actions',
            render: (_, v) => (
              <Flex gap={4}>
                <Link to={`/inspection/villages/${v.villageId}`}>
                  <Button size="small">
                    {v.allowedActions.includes('record_paper') ? S.keyPaper : S.view}
                  </Button>
                </Link>
                {v.allowedActions.includes('lock') ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      change.confirm({ v, action: 'lock' }, { title: S.lockConfirm(v.villageName) })
                    }
                  >
                    {S.lock}
                  </Button>
                ) : null}
                {v.allowedActions.includes('unlock') ? (
                  <Button
                    size="small"
                    onClick={() =>
                      change.confirm({ v, action: 'unlock' }, { title: S.unlockConfirm(v.villageName) })
                    }
                  >
                    {S.unlock}
                  </Button>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}

function ItemsTable({ p }: { p: ParticipantScore }) {
  return (
    <Table
      rowKey="pledgeId"
      dataSource={p.items}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      columns={[
        { title: S.pledge, dataIndex: 'title' },
        {
          title: S.itemStatus,
          key: 's',
          render: (_, i) =>
            i.statusLabel ?? <Typography.Text type="secondary">{S.notInspected}</Typography.Text>,
        },
        {
          title: S.progress,
          key: 'p',
          align: 'right',
          render: (_, i) => (i.progressPercent === null ? '' : `${i.progressPercent}%`),
        },
        {
          title: S.recognition,
          key: 'r',
          render: (_, i) => (i.recognitionLabel ? `${i.recognitionLabel}（${i.recognition}）` : ''),
        },
        { title: S.itemScore, key: 'score', align: 'right', render: (_, i) => score(i.itemScore) },
        { title: S.note, dataIndex: 'note' },
      ]}
    />
  );
}

function ScoresCard({ data }: { data: Overview }) {
  return (
    <Card size="small" title={S.scores} data-testid="inspection-scores">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {`${S.rule}：${S.weights(data.weights.progress, data.weights.recognition)}。${data.rule}`}
      </Typography.Paragraph>
      <Table<ParticipantScore>
        rowKey="participantId"
        dataSource={data.participants}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (p) => <ItemsTable p={p} />, expandRowByClick: true }}
        columns={[
          { title: S.village, dataIndex: 'villageName' },
          { title: S.participant, dataIndex: 'name' },
          {
            title: S.score,
            key: 'score',
            align: 'right',
            render: (_, p) => <Typography.Text strong>{score(p.score)}</Typography.Text>,
          },
          {
            title: S.complete,
            key: 'complete',
            render: (_, p) =>
              p.complete ? <Tag color="success">{S.complete}</Tag> : <Tag>{S.incomplete}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

/** The office's 实地考核: teams and assignments, each village's progress and lock, every score with its items. */
export function InspectionPage() {
  const { campaign, isPending } = useCurrentCampaign();
  const overview = useOverview(campaign?.id);
  if (isPending || (campaign && overview.isPending)) return <FullPageSpin />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (overview.isError) return <LoadError error={overview.error} />;
  const data = overview.data;
  if (!data) return <FullPageSpin />;
  return (
    <Page title={`${data.campaign.year} 年度${S.title}`}>
      <Flex vertical gap={16}>
        {data.campaign.phase !== 'evaluation' ? <Alert type="info" showIcon title={S.notEvaluation} /> : null}
        <TeamsCard data={data} campaignId={campaign.id} />
        <VillagesCard data={data} campaignId={campaign.id} />
        <ScoresCard data={data} />
      </Flex>
    </Page>
  );
}
