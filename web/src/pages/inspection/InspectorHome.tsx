import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCurrentCampaign } from './current.ts';
import { useOverview } from './queries.ts';
import { S } from './strings.ts';
import { VILLAGE_STATUS_COLORS } from './types.ts';

/** An inspector's home: their team's villages with each one's progress and the way in. */
export function InspectorHome() {
  const { campaign, isPending } = useCurrentCampaign();
  const overview = useOverview(campaign?.id);
  if (isPending || (campaign && overview.isPending)) return <FullPageSpin />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (overview.isError) return <LoadError error={overview.error} />;
  if (!overview.data) return <FullPageSpin />;
  const team = overview.data.teams.find((t) => t.mine);
  const villages = overview.data.villages.filter((v) => v.mine);
  return (
    <Card
      title={team ? `${S.myVillages}（${team.name}）` : S.myVillages}
      size="small"
      data-testid="inspector-villages"
    >
      <Flex vertical gap={10}>
        {campaign.phase !== 'evaluation' ? <Alert type="info" title={S.notEvaluation} /> : null}
        {team ? (
          <Typography.Text type="secondary">{S.myVillagesHint}</Typography.Text>
        ) : (
          <Alert type="warning" title={S.noTeam} />
        )}
        {villages.map((v) => (
          <Card key={v.villageId} size="small" type="inner">
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Flex vertical gap={2}>
                <Typography.Text strong>{v.villageName}</Typography.Text>
                <Flex gap={6} align="center">
                  <Tag color={VILLAGE_STATUS_COLORS[v.status]}>{v.locked ? S.locked : v.statusLabel}</Tag>
                  <Typography.Text type="secondary">{S.pledgesOf(v.inspected, v.pledges)}</Typography.Text>
                </Flex>
              </Flex>
              <Link to={`/inspection/villages/${v.villageId}`}>
                <Button type={v.allowedActions.includes('record') ? 'primary' : 'default'}>
                  {v.allowedActions.includes('record') ? S.open : S.view}
                </Button>
              </Link>
            </Flex>
          </Card>
        ))}
      </Flex>
    </Card>
  );
}
