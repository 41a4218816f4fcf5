import { Alert, Button, Card, Empty, Flex, InputNumber, List, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { LoadError } from '../../shared/StatusPages.tsx';
import { useWeakOrganizations } from './queries.ts';
import { S } from './strings.ts';
import type { WeakCandidate, WeakOrganization } from './types.ts';
import { CloseModal, FollowUpModal, ListModal } from './WeakModals.tsx';

const DEFAULT_BOTTOM = 1;

function OrganizationCard({
  org,
  onFollowUp,
  onClose,
}: {
  org: WeakOrganization;
  onFollowUp: (o: WeakOrganization) => void;
  onClose: (o: WeakOrganization) => void;
}) {
  const may = (a: WeakOrganization['allowedActions'][number]) => org.allowedActions.includes(a);
  return (
    <Card
      size="small"
      type="inner"
      data-testid="weak-organization"
      data-village={org.villageName}
      title={org.villageName}
      extra={org.closed ? <Tag>{S.closed}</Tag> : <Tag color="orange">{S.open}</Tag>}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {S.listedMeta(formatLocalDate(org.listedOn), org.listedBy)} · {S.leader}：{org.leaderName}
        </Typography.Text>
        <Typography.Text>
          {S.reason}：{org.reason}
        </Typography.Text>
        <div>
          <Typography.Text strong>{S.measures}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {org.measures}
          </Typography.Paragraph>
        </div>
        <Typography.Text strong>{S.followUps}</Typography.Text>
        {org.followUps.length === 0 ? (
          <Typography.Text type="secondary">{S.noFollowUps}</Typography.Text>
        ) : (
          <Timeline
            items={org.followUps.map((f, i) => ({
              key: i,
              content: (
                <Flex vertical>
                  <Typography.Text type="secondary">
                    {S.followUpLine(formatLocalDate(f.on), f.recordedBy)}
                  </Typography.Text>
                  <Typography.Text>{f.content}</Typography.Text>
                </Flex>
              ),
            }))}
          />
        )}
        {org.closed && (
          <Alert
            type="success"
            showIcon
            title={S.closedMeta(formatLocalDate(org.closedOn ?? ''), org.closedBy ?? '')}
            description={org.closingSummary}
          />
        )}
        {(may('follow_up') || may('close')) && (
          <Flex gap={8} wrap>
            {may('follow_up') && (
              <Button type="primary" onClick={() => onFollowUp(org)}>
                {S.followUp}
              </Button>
            )}
            {may('close') && <Button onClick={() => onClose(org)}>{S.close}</Button>}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

function Candidates({
  rows,
  bottom,
  setBottom,
  onList,
}: {
  rows: WeakCandidate[];
  bottom: number;
  setBottom: (n: number) => void;
  onList: (c: WeakCandidate) => void;
}) {
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{S.candidates}</Typography.Text>
        <Typography.Text type="secondary">{S.bottom}</Typography.Text>
        <InputNumber
          aria-label={S.bottom}
          min={0}
          max={20}
          value={bottom}
          onChange={(n) => setBottom(typeof n === 'number' ? n : 0)}
          style={{ width: 72 }}
          suffix={S.bottomUnit}
        />
      </Flex>
      <List
        size="small"
        dataSource={rows}
        locale={{ emptyText: S.noCandidates }}
        renderItem={(c) => (
          <List.Item
            data-testid="weak-candidate"
            style={{ paddingInline: 0 }}
            actions={
              c.allowedActions.includes('list')
                ? [
                    <Button key="list" size="small" onClick={() => onList(c)}>
                      {S.list}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical>
              <Typography.Text strong>{c.villageName}</Typography.Text>
              <Typography.Text type="secondary">{c.reason}</Typography.Text>
              <Typography.Text type="secondary">
                {S.cadres}：{c.cadres.map((x) => S.cadre(x.name, x.grade, x.rank)).join('、')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

/** The 奖惩 page's section on 软弱涣散村级组织 of the chosen year. */
export function WeakOrganizationsCard({ campaignId }: { campaignId: string }) {
  const [bottom, setBottom] = useState(DEFAULT_BOTTOM);
  const query = useWeakOrganizations(campaignId, bottom);
  const [listing, setListing] = useState<WeakCandidate | null>(null);
  const [following, setFollowing] = useState<WeakOrganization | null>(null);
  const [closing, setClosing] = useState<WeakOrganization | null>(null);
  const d = query.data;
  return (
    <Card
      title={d ? S.yearTitle(d.year) : S.title}
      size="small"
      loading={query.isPending}
      data-testid="weak-organizations"
    >
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : d ? (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {S.intro}
          </Typography.Paragraph>
          {!d.resultsConfirmed && <Alert type="info" showIcon title={S.notConfirmed} />}
          <Flex vertical gap={8}>
            <Typography.Text strong>{S.listed}</Typography.Text>
            {d.organizations.length === 0 ? (
              <Empty description={S.noListed} />
            ) : (
              d.organizations.map((o) => (
                <OrganizationCard key={o.id} org={o} onFollowUp={setFollowing} onClose={setClosing} />
              ))
            )}
          </Flex>
          {d.resultsConfirmed && (
            <Candidates rows={d.candidates} bottom={bottom} setBottom={setBottom} onList={setListing} />
          )}
          <ListModal
            campaignId={campaignId}
            target={listing}
            leaders={d.leaders}
            onClose={() => setListing(null)}
          />
          <FollowUpModal target={following} onClose={() => setFollowing(null)} />
          <CloseModal target={closing} onClose={() => setClosing(null)} />
        </Flex>
      ) : null}
    </Card>
  );
}
