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
import type { Check, ChecklistParticipant, SetAction } from './types.ts';

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

/** The office's decisions on a set the villagers have confirmed, as the server allows them. */
function OfficeButtons({ p, actions }: { p: ChecklistParticipant; actions: ChecklistActions }) {
  const may = (action: SetAction) => p.allowedActions.includes(action);
  if (!may('approve') && !may('return') && !may('override_minimum')) return null;
  return (
    <Flex gap={8} wrap>
      {may('approve') && (
        <Button type="primary" disabled={!p.approvable} onClick={() => actions.approve(p)}>
          {C.approve}
        </Button>
      )}
      {may('return') && (
        <Button danger onClick={() => actions.giveBack(p)}>
          {C.return}
        </Button>
      )}
      {may('override_minimum') && <Button onClick={() => actions.minimum(p)}>{C.minimumOverride}</Button>}
    </Flex>
  );
}

/** One participant's checks before township approval, with the office's decisions. */
export function ChecklistCard({ p, actions }: { p: ChecklistParticipant; actions: ChecklistActions }) {
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
          <OfficeButtons p={p} actions={actions} />
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
