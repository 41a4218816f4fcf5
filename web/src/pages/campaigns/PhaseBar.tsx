import { ArrowRightOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Grid, Progress, Steps, Typography } from 'antd';
import { PHASE_LABELS, PHASES } from '../../../../server/domain/phases.ts';
import { errorMessage } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { CampaignDetail, Phase } from '../../api/types.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { advancePhase, checkSeal } from './queries.ts';
import { PHASE_S as S } from './strings.ts';

function useAdvance(campaign: CampaignDetail) {
  const next = campaign.nextPhase;
  const label = campaign.nextPhaseLabel ?? (next ? PHASE_LABELS[next] : '');
  const advance = useAppMutation({
    mutationFn: (to: Phase) => advancePhase(campaign.id, to),
    success: S.advanced(label),
    errorTitle: S.refusedTitle,
    invalidate: [keys.campaigns.all],
    refreshOnError: true,
  });
  const confirm = () =>
    next &&
    advance.confirm(next, {
      title: S.confirmTitle(label),
      content: next === 'archived' ? S.confirmArchive : S.confirmText,
    });
  return { confirm, busy: advance.isPending, label };
}

function SealInfo({ campaign }: { campaign: CampaignDetail }) {
  const { modal } = App.useApp();
  const verify = async () => {
    try {
      const r = await checkSeal(campaign.id);
      if (r.intact) modal.success({ title: S.sealOk });
      else modal.error({ title: S.sealBroken });
    } catch (e) {
      modal.error({ title: S.sealBroken, content: errorMessage(e) });
    }
  };
  return (
    <Alert
      type="success"
      showIcon
      title={S.archived}
      description={
        <Typography.Text>
          {S.seal}：<Typography.Text code>{campaign.sealHash?.slice(0, 16)}…</Typography.Text>
        </Typography.Text>
      }
      action={
        <Button size="small" icon={<SafetyCertificateOutlined />} onClick={verify}>
          {S.verifySeal}
        </Button>
      }
    />
  );
}

/** Phone screens: the phase in words and a six-step bar instead of six labelled steps. */
function PhaseProgress({ campaign }: { campaign: CampaignDetail }) {
  const step = PHASES.indexOf(campaign.phase) + 1;
  return (
    <Flex vertical gap={4}>
      <Typography.Text>
        {S.stepOf(campaign.phaseLabel, step, PHASES.length)}
        {campaign.nextPhase && (
          <Typography.Text type="secondary">{S.nextIs(PHASE_LABELS[campaign.nextPhase])}</Typography.Text>
        )}
      </Typography.Text>
      <Progress
        steps={PHASES.length}
        percent={(step / PHASES.length) * 100}
        showInfo={false}
        size={[40, 8]}
      />
    </Flex>
  );
}

/** The six phases, where the campaign stands, and the button to move on (or why it cannot). */
export function PhaseBar({ campaign, manage }: { campaign: CampaignDetail; manage: boolean }) {
  const isPhone = !Grid.useBreakpoint().md;
  const advance = useAdvance(campaign);
  const refusals = campaign.nextPhaseRefusals;
  return (
    <Card size="small">
      <Flex vertical gap={12}>
        {isPhone ? (
          <PhaseProgress campaign={campaign} />
        ) : (
          <Steps
            size="small"
            current={PHASES.indexOf(campaign.phase)}
            status={campaign.phase === 'archived' ? 'finish' : 'process'}
            items={PHASES.map((p) => ({ title: PHASE_LABELS[p] }))}
          />
        )}
        {campaign.phase === 'archived' && <SealInfo campaign={campaign} />}
        {manage && campaign.nextPhase && (
          <Flex gap={12} wrap align="center">
            <Button
              type="primary"
              icon={<ArrowRightOutlined />}
              disabled={refusals.length > 0}
              loading={advance.busy}
              onClick={advance.confirm}
            >
              {S.advance(advance.label)}
            </Button>
          </Flex>
        )}
        {campaign.nextPhase && refusals.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={S.refusedTitle}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refusals.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            }
          />
        )}
      </Flex>
    </Card>
  );
}
