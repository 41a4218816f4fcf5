import { ArrowRightOutlined, DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { PollStatusTag } from '../polls/PollStatusTag.tsx';
import { applyVote, cancelVote, letterUrl, resubmit, solicit } from './queries.ts';
import { ReasonModal, type ReasonRequest } from './ReasonModal.tsx';
import { CommitteeModal, VoteModal } from './StageModals.tsx';
import { S } from './strings.ts';
import type { SetAction, SetDetail } from './types.ts';

const A = S.actions;

function PollBox({ poll }: { poll: NonNullable<SetDetail['poll']> }) {
  return (
    <Flex gap={8} align="center" wrap data-testid="set-poll" data-status={poll.status}>
      <Typography.Text type="secondary">{A.pollStatus}：</Typography.Text>
      <PollStatusTag status={poll.status} />
      <Link to={`/meetings/polls/${poll.id}`}>
        <Button type="primary" ghost size="small" icon={<ArrowRightOutlined />}>
          {A.openPoll}
        </Button>
      </Link>
      <Link to={`/meetings/${poll.meetingId}`}>{A.openMeeting}</Link>
    </Flex>
  );
}

/** The set's writes without a form. */
function useSetSteps(setId: string) {
  const invalidate = [keys.pledging.all];
  return {
    solicit: useAppMutation({ mutationFn: () => solicit(setId), success: A.solicited, invalidate }),
    submit: useAppMutation({ mutationFn: () => resubmit(setId), success: A.submitted, invalidate }),
    resubmit: useAppMutation({ mutationFn: () => resubmit(setId), success: A.resubmitted, invalidate }),
    apply: useAppMutation({
      mutationFn: () => applyVote(setId),
      success: (r) => A.applied(r.items.filter((i) => i.status === 'rejected').length),
      invalidate,
    }),
  };
}

/**
 * What comes next for the set: the buttons the server allows the signed-in user (set.allowedActions),
 * and for everyone else what the set is waiting for.
 */
export function SetActions({ detail }: { detail: SetDetail }) {
  const [modal, setModal] = useState<'committee' | 'vote' | null>(null);
  const [request, setRequest] = useState<ReasonRequest | null>(null);
  const { set, participant, campaign } = detail;
  const steps = useSetSteps(set?.id ?? '');
  if (!set) return null;
  const may = (action: SetAction) => set.allowedActions.includes(action);
  const pending = detail.opinions.filter((o) => o.handling === null).length;
  const unrevised = detail.pledges.filter((p) => p.status === 'rejected').length;
  const common = { setId: set.id, villageId: participant.villageId, campaignId: campaign.id };
  const s = set.status;
  const doCancel = () =>
    setRequest({
      title: A.cancelVoteTitle,
      label: A.cancelVoteReason,
      okText: A.cancelVote,
      required: true,
      hint: A.cancelVoteHint,
      placeholder: A.cancelVotePlaceholder,
      success: A.voteCancelled,
      run: (reason) => cancelVote(set.id, reason),
    });
  // Soliciting with every item confirmed (a rejected one withdrawn): nothing for the 两委 to decide,
  // the set may go straight back to the township.
  const active = detail.pledges.filter((p) => p.status !== 'withdrawn');
  const allConfirmed = active.length > 0 && active.every((p) => p.status === 'confirmed');
  return (
    <Card size="small" title={A.title} data-testid="set-actions">
      <Flex vertical gap={12}>
        {s === 'returned' && <Alert type="warning" showIcon title={A.returned} />}
        {(may('solicit') || (s === 'returned' && may('resubmit'))) && (
          <Flex gap={8} wrap>
            {may('solicit') && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={steps.solicit.isPending}
                onClick={() =>
                  steps.solicit.confirm(undefined, {
                    title: A.solicit,
                    content: A.solicitConfirm,
                    okText: A.solicit,
                  })
                }
              >
                {A.solicit}
              </Button>
            )}
            {s === 'returned' && may('resubmit') && (
              <Button loading={steps.resubmit.isPending} onClick={() => steps.resubmit.submit()}>
                {A.resubmit}
              </Button>
            )}
          </Flex>
        )}
        {s === 'soliciting' && allConfirmed && may('resubmit') && (
          <>
            <Alert type="info" showIcon title={A.submitConfirmedHint} />
            <Button type="primary" loading={steps.submit.isPending} onClick={() => steps.submit.submit()}>
              {A.submitConfirmed}
            </Button>
          </>
        )}
        {s === 'soliciting' && !allConfirmed && (
          <>
            {pending > 0 && <Alert type="warning" showIcon title={A.unhandled(pending)} />}
            {unrevised > 0 && <Alert type="warning" showIcon title={A.unrevised(unrevised)} />}
            {may('record_committee') ? (
              <Button type="primary" onClick={() => setModal('committee')}>
                {A.committee}
              </Button>
            ) : (
              <Typography.Text type="secondary">{A.waitCommittee}</Typography.Text>
            )}
          </>
        )}
        {s === 'committee_passed' &&
          (may('start_vote') ? (
            <Button type="primary" onClick={() => setModal('vote')}>
              {A.vote}
            </Button>
          ) : (
            <Typography.Text type="secondary">{A.waitVote}</Typography.Text>
          ))}
        {s === 'voting' && (
          <>
            <Typography.Text type="secondary">{A.waitPoll}</Typography.Text>
            {detail.poll && <PollBox poll={detail.poll} />}
            {may('apply_vote') && (
              <Button
                type="primary"
                loading={steps.apply.isPending}
                onClick={() =>
                  steps.apply.confirm(undefined, { title: A.apply, content: A.applyConfirm, okText: A.apply })
                }
              >
                {A.apply}
              </Button>
            )}
            {may('cancel_vote') && (
              <Button danger onClick={doCancel}>
                {A.cancelVote}
              </Button>
            )}
          </>
        )}
        {s === 'confirmed' && <Typography.Text>{A.waitTownship}</Typography.Text>}
        {(may('approve') || may('return')) && (
          <Link to={`/pledging/campaigns/${campaign.id}/villages/${participant.villageId}`}>
            <Button type="primary" icon={<ArrowRightOutlined />}>
              {A.toApprove}
            </Button>
          </Link>
        )}
        {s === 'approved' && (
          <Flex gap={8} wrap align="center">
            <Typography.Text type="success">{A.approvedDone}</Typography.Text>
            <Button icon={<DownloadOutlined />} href={letterUrl(set.id)}>
              {A.letter}
            </Button>
          </Flex>
        )}
      </Flex>
      <CommitteeModal open={modal === 'committee'} onClose={() => setModal(null)} {...common} />
      <VoteModal open={modal === 'vote'} onClose={() => setModal(null)} {...common} />
      <ReasonModal request={request} onClose={() => setRequest(null)} />
    </Card>
  );
}
