import { ArrowRightOutlined, DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSubmit } from '../../api/use-submit.ts';
import { PollStatusTag } from '../polls/PollStatusTag.tsx';
import { applyVote, cancelVote, letterUrl, pledgeKeys, resubmit, solicit } from './queries.ts';
import { ReasonModal, type ReasonRequest } from './ReasonModal.tsx';
import { CommitteeModal, VoteModal } from './StageModals.tsx';
import { S } from './strings.ts';
import type { SetDetail } from './types.ts';

const A = S.actions;

export type Powers = { write: boolean; vote: boolean; approve: boolean };

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

/** One write without a form: confirm, run, refresh, tell. */
function useStep() {
  const { modal } = App.useApp();
  const { submit, busy } = useSubmit(null, (run: () => Promise<unknown>) => run(), {
    invalidate: [pledgeKeys.all],
  });
  const ask = (content: string, okText: string, run: () => Promise<unknown>) =>
    modal.confirm({ title: okText, content, okText, cancelText: S.pledge.cancel, onOk: () => submit(run) });
  return { submit, busy, ask };
}

/** What comes next for the set, for whoever may do it; what the others are waiting for. */
export function SetActions({ detail, powers }: { detail: SetDetail; powers: Powers }) {
  const { message } = App.useApp();
  const step = useStep();
  const [modal, setModal] = useState<'committee' | 'vote' | null>(null);
  const [request, setRequest] = useState<ReasonRequest | null>(null);
  const { set, participant, campaign } = detail;
  if (!set) return null;
  const pending = detail.opinions.filter((o) => o.handling === null).length;
  const unrevised = detail.pledges.filter((p) => p.status === 'rejected').length;
  const common = { setId: set.id, villageId: participant.villageId, campaignId: campaign.id };
  const s = set.status;
  const doSolicit = () =>
    step.ask(A.solicitConfirm, A.solicit, async () => {
      await solicit(set.id);
      message.success(A.solicited);
    });
  const doApply = () =>
    step.ask(A.applyConfirm, A.apply, async () => {
      const r = await applyVote(set.id);
      message.success(A.applied(r.items.filter((i) => i.status === 'rejected').length));
    });
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
  const active = detail.pledges.filter((p) => p.status !== 'withdrawn');
  const allConfirmed = active.length > 0 && active.every((p) => p.status === 'confirmed');
  const doSubmitConfirmed = () =>
    step.submit(async () => {
      await resubmit(set.id);
      message.success(A.submitted);
    });
  const doResubmit = () =>
    step.submit(async () => {
      await resubmit(set.id);
      message.success(A.resubmitted);
    });
  return (
    <Card size="small" title={A.title} data-testid="set-actions">
      <Flex vertical gap={12}>
        {s === 'returned' && <Alert type="warning" showIcon title={A.returned} />}
        {(s === 'draft' || s === 'returned') && powers.write && (
          <Flex gap={8} wrap>
            <Button type="primary" icon={<SendOutlined />} loading={step.busy} onClick={doSolicit}>
              {A.solicit}
            </Button>
            {s === 'returned' && <Button onClick={doResubmit}>{A.resubmit}</Button>}
          </Flex>
        )}
        {s === 'soliciting' && allConfirmed && powers.write && (
          <>
            <Alert type="info" showIcon title={A.submitConfirmedHint} />
            <Button type="primary" loading={step.busy} onClick={doSubmitConfirmed}>
              {A.submitConfirmed}
            </Button>
          </>
        )}
        {s === 'soliciting' && !allConfirmed && (
          <>
            {pending > 0 && <Alert type="warning" showIcon title={A.unhandled(pending)} />}
            {unrevised > 0 && <Alert type="warning" showIcon title={A.unrevised(unrevised)} />}
            {powers.vote ? (
              <Button type="primary" onClick={() => setModal('committee')}>
                {A.committee}
              </Button>
            ) : (
              <Typography.Text type="secondary">{A.waitCommittee}</Typography.Text>
            )}
          </>
        )}
        {s === 'committee_passed' &&
          (powers.vote ? (
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
            {powers.vote && (
              <Button
                type="primary"
                disabled={detail.poll?.status !== 'certified'}
                loading={step.busy}
                onClick={doApply}
              >
                {A.apply}
              </Button>
            )}
            {powers.vote && detail.poll?.status !== 'certified' && (
              <Button danger onClick={doCancel}>
                {A.cancelVote}
              </Button>
            )}
          </>
        )}
        {s === 'confirmed' && <Typography.Text>{A.waitTownship}</Typography.Text>}
        {s === 'confirmed' && powers.approve && (
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
