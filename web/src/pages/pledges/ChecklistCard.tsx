import {
  CheckCircleFilled,
  CloseCircleFilled,
  DownloadOutlined,
  ExclamationCircleFilled,
} from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { letterUrl } from './queries.ts';
import { CHECK_LABELS, S } from './strings.ts';
import type { Check, ChecklistParticipant } from './types.ts';

const C = S.checklist;
/** Informative checks: shown, never blocking (API: status and deadline). */
const INFO = new Set(['status', 'deadline']);

function CheckLine({ check }: { check: Check }) {
  const icon = check.ok ? (
    <CheckCircleFilled style={{ color: '#52c41a' }} />
  ) : INFO.has(check.key) ? (
    <ExclamationCircleFilled style={{ color: '#faad14' }} />
  ) : (
    <CloseCircleFilled style={{ color: '#ff4d4f' }} />
  );
  return (
    <Flex gap={8} align="start" data-testid="check" data-key={check.key} data-ok={check.ok}>
      <span style={{ paddingTop: 2 }}>{icon}</span>
      <div>
        <Typography.Text type="secondary">{CHECK_LABELS[check.key] ?? check.key}：</Typography.Text>
        {check.message}
        {check.overridden && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {C.overridden(check.overridden)}
            </Typography.Text>
          </div>
        )}
      </div>
    </Flex>
  );
}

export type ChecklistActions = {
  approve: (p: ChecklistParticipant) => void;
  giveBack: (p: ChecklistParticipant) => void;
  minimum: (p: ChecklistParticipant) => void;
};

function OfficeButtons({ p, actions }: { p: ChecklistParticipant; actions: ChecklistActions }) {
  const minimumFails = p.checks.some((c) => c.key === 'minimum' && !c.ok);
  // The office decides on a set the villagers have confirmed (approve, return, or accept fewer items).
  const decidable = p.setStatus === 'confirmed';
  return (
    <Flex gap={8} wrap>
      {decidable && (
        <Button type="primary" disabled={!p.approvable} onClick={() => actions.approve(p)}>
          {C.approve}
        </Button>
      )}
      {decidable && (
        <Button danger onClick={() => actions.giveBack(p)}>
          {C.return}
        </Button>
      )}
      {minimumFails && decidable && <Button onClick={() => actions.minimum(p)}>{C.minimumOverride}</Button>}
    </Flex>
  );
}

/** One participant's checks before township approval, with the office's decisions. */
export function ChecklistCard({
  p,
  office,
  actions,
}: {
  p: ChecklistParticipant;
  office: boolean;
  actions: ChecklistActions;
}) {
  return (
    <Card
      size="small"
      data-testid="checklist-participant"
      data-name={p.name}
      title={
        <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal', padding: '6px 0' }}>
          <Link to={`/pledging/participants/${p.participantId}`}>{p.name}</Link>
          <Tag>{p.roleLabel}</Tag>
          {p.excluded ? (
            <Tag>{C.excluded}</Tag>
          ) : (
            <Tag color={p.setStatus === 'approved' ? 'success' : 'processing'}>{p.statusLabel}</Tag>
          )}
          {p.overdue && <Tag color="error">{C.overdue}</Tag>}
          {!p.excluded && (
            <Tag color={p.confirmed >= p.required ? 'success' : 'warning'}>
              {S.set.confirmedCount(p.confirmed, p.required)}
            </Tag>
          )}
        </Flex>
      }
      extra={
        <Link to={`/pledging/participants/${p.participantId}`}>
          <Button size="small">{C.open}</Button>
        </Link>
      }
    >
      {p.excluded ? (
        <Typography.Text type="secondary">{S.set.excluded(p.excludedReason)}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {p.checks.map((c) => (
            <CheckLine key={c.key} check={c} />
          ))}
          {office && <OfficeButtons p={p} actions={actions} />}
          {p.setStatus === 'approved' && p.setId && (
            <Button icon={<DownloadOutlined />} href={letterUrl(p.setId)} style={{ alignSelf: 'start' }}>
              {C.letter}
            </Button>
          )}
        </Flex>
      )}
    </Card>
  );
}
