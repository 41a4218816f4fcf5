import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCurrentCampaign } from './current.ts';
import { PledgeCard } from './PledgeCard.tsx';
import { changeVillage, useVillageInspection } from './queries.ts';
import { S } from './strings.ts';
import { VILLAGE_STATUS_COLORS } from './types.ts';

/** One village's inspection on the inspector's phone: pledge by pledge, then the leader submits. */
export function VillagePage() {
  const { villageId = '' } = useParams();
  const me = useCurrentUser();
  const { campaign, isPending } = useCurrentCampaign();
  const view = useVillageInspection(campaign?.id, villageId);
  const submit = useAppMutation<void, unknown>({
    mutationFn: () => changeVillage(campaign!.id, villageId, 'submit'),
    success: S.submitted,
    invalidate: [keys.inspection.all],
  });
  if (isPending || (campaign && view.isPending)) return <FullPageSpin />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (view.isError) return <LoadError error={view.error} />;
  if (!view.data) return <FullPageSpin />;
  const { village, pledges } = view.data;
  // A team member on a phone, or the office keying the team's paper forms: the same form either way.
  const onPaper = village.allowedActions.includes('record_paper');
  const canRecord = onPaper || village.allowedActions.includes('record');
  return (
    <Page
      title={`${S.title}：${village.villageName}`}
      extra={<Link to={hasPermission(me, 'inspection.record') ? '/' : '/inspection'}>{S.back}</Link>}
    >
      <Flex vertical gap={12} style={{ maxWidth: 640 }}>
        <Flex gap={8} wrap align="center">
          <Tag color={VILLAGE_STATUS_COLORS[village.status]}>{village.statusLabel}</Tag>
          <Typography.Text>{S.pledgesOf(village.inspected, village.pledges)}</Typography.Text>
          {village.teamName ? <Typography.Text type="secondary">{village.teamName}</Typography.Text> : null}
        </Flex>
        {village.locked ? <Alert type="info" showIcon title={S.lockedHint} /> : null}
        {onPaper ? <Alert type="info" showIcon title={S.paperHint(village.teamName ?? '')} /> : null}
        {pledges.map((p) => (
          <PledgeCard key={p.pledgeId} pledge={p} canRecord={canRecord} />
        ))}
        {village.allowedActions.includes('submit') ? (
          <Button
            type="primary"
            size="large"
            block
            loading={submit.isPending}
            onClick={() => submit.confirm(undefined, { title: S.submitConfirm(village.villageName) })}
          >
            {S.submitVillage}
          </Button>
        ) : village.status !== 'submitted' && canRecord ? (
          <Typography.Text type="secondary">{onPaper ? S.paperSubmitHint : S.submitHint}</Typography.Text>
        ) : null}
      </Flex>
    </Page>
  );
}
