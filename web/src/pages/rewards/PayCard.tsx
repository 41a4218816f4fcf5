import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Grid, Input, Table, Tag, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { yuanToFen } from '../../../../server/domain/sanctions/performance-pay.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { useLocalTime } from '../../shared/local-time.ts';
import { CorrectModal } from './CorrectModal.tsx';
import { importBases, paySheetUrl, saveBases, signSheet, templateUrl } from './queries.ts';
import { S } from './strings.ts';
import type { Pay, PayLine } from './types.ts';

const P = S.pay;
/** 1 → 1.0, 1.25 → 1.25: the way a coefficient is written. */
const coefficientText = (c: number) => (Number.isInteger(c * 10) ? c.toFixed(1) : String(c));

function StatusTag({ pay }: { pay: Pay }) {
  if (pay.status === 'signed') return <Tag color="green">{P.signed(pay.current?.version ?? 1)}</Tag>;
  if (pay.status === 'correcting') return <Tag color="orange">{P.correcting}</Tag>;
  return <Tag>{P.draft}</Tag>;
}

function Versions({ pay }: { pay: Pay }) {
  const t = useLocalTime();
  if (pay.versions.length === 0) return null;
  return (
    <Flex vertical gap={4} data-testid="pay-versions">
      <Typography.Text strong>{P.versions}</Typography.Text>
      {pay.versions.map((v) => (
        <Typography.Text key={v.version} type={v.supersededAt ? 'secondary' : undefined}>
          {P.version(v.version)}：{P.signedBy(v.signedBy, t.dateTime(v.signedAt))}
          {v.reason ? `；${P.reason(v.reason)}` : ''}
          {v.supersededAt
            ? `；${P.superseded(v.supersededBy ?? '', t.dateTime(v.supersededAt), v.supersededReason ?? '')}`
            : ''}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** On a phone: one small card per cadre (村 · 职务, 等次 × 系数, base and amount), then the totals. */
function PayList({ pay, baseCell }: { pay: Pay; baseCell: (l: PayLine) => ReactNode }) {
  const C = P.columns;
  return (
    <Flex vertical gap={8} data-testid="pay-lines">
      {pay.lines.map((l) => (
        <Card key={l.participantId} size="small" data-name={l.name}>
          <Flex vertical gap={4}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text strong>{l.name}</Typography.Text>
              <Typography.Text>
                {C.grade}：{l.grade ?? '—'}
                {l.coefficient === null ? '' : ` × ${coefficientText(l.coefficient)}`}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary">
              {l.villageName} · {l.posts.join('、')}
            </Typography.Text>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Flex align="center" gap={4}>
                {C.base}：{baseCell(l)}
              </Flex>
              <Typography.Text strong>
                {C.amount}：{l.amount ?? '—'}
              </Typography.Text>
            </Flex>
          </Flex>
        </Card>
      ))}
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text strong>
          {P.total}（{P.people(pay.totals.cadres)}）
        </Typography.Text>
        <span>
          {C.base} <span data-testid="pay-total-base">{pay.totals.base}</span>
        </span>
        <Typography.Text strong>
          {C.amount} <span data-testid="pay-total-amount">{pay.totals.amount}</span>
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/** 绩效工资: base per cadre (typed here or imported), the amounts and totals, sign-off, correction. */
export function PayCard({ pay }: { pay: Pay }) {
  const t = useLocalTime();
  // A wide screen has the table; a phone one card per cadre (a table of seven columns scrolls there).
  const wide = Grid.useBreakpoint().md !== false;
  const editable = pay.allowedActions.includes('edit');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [correcting, setCorrecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const changed = Object.entries(edits).filter(
    ([id, value]) => value.trim() !== (pay.lines.find((l) => l.participantId === id)?.base ?? ''),
  );
  const invalid = changed.some(([, value]) => yuanToFen(value) === null);
  const save = useAppMutation({
    mutationFn: () =>
      saveBases(
        pay.campaignId,
        changed.map(([participantId, base]) => ({ participantId, base: base.trim() })),
      ),
    success: P.saved,
    invalidate: [keys.rewards.all],
    onSuccess: () => setEdits({}),
  });
  const upload = useAppMutation<File, Pay>({
    mutationFn: (file) => importBases(pay.campaignId, file),
    success: P.imported,
    invalidate: [keys.rewards.all],
    errorTitle: P.importTitle,
    onSuccess: () => {
      setProblem(null);
      setEdits({});
    },
    onError: (error) => setProblem(error instanceof Error ? error.message : null),
  });
  const sign = useAppMutation({
    mutationFn: () => signSheet(pay.campaignId),
    success: P.signedDone,
    invalidate: [keys.rewards.all],
  });
  const C = P.columns;
  const baseCell = (l: PayLine) => {
    if (!editable) return l.base ?? '—';
    const value = edits[l.participantId] ?? l.base ?? '';
    return (
      <Input
        aria-label={`${l.name} ${C.base}`}
        inputMode="decimal"
        value={value}
        placeholder={P.basePlaceholder}
        status={value.trim() !== '' && yuanToFen(value) === null ? 'error' : undefined}
        onChange={(e) => setEdits((m) => ({ ...m, [l.participantId]: e.target.value }))}
        style={{ width: 120 }}
      />
    );
  };
  return (
    <Card title={P.title} size="small" extra={<StatusTag pay={pay} />} data-testid="pay-card">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {P.intro}
        </Typography.Paragraph>
        <Flex gap={6} wrap>
          {pay.coefficients.map((c) => (
            <Tag key={c.grade}>{P.coefficient(c.grade, coefficientText(c.coefficient))}</Tag>
          ))}
        </Flex>
        {pay.current ? (
          <Typography.Text>
            {P.signedBy(pay.current.signedBy, t.dateTime(pay.current.signedAt))}
          </Typography.Text>
        ) : null}
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} href={paySheetUrl(pay.campaignId)}>
            {P.download}
          </Button>
          {editable ? (
            <>
              <Button href={templateUrl(pay.campaignId)}>{P.template}</Button>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload.submit(file);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={upload.isPending}>
                  {P.import}
                </Button>
              </Upload>
            </>
          ) : null}
          {pay.allowedActions.includes('correct') ? (
            <Button onClick={() => setCorrecting(true)}>{P.correct}</Button>
          ) : null}
        </Flex>
        {problem ? (
          <Alert type="error" showIcon title={<span style={{ whiteSpace: 'pre-wrap' }}>{problem}</span>} />
        ) : null}
        {editable && pay.totals.missing > 0 ? (
          <Alert type="info" showIcon title={P.missing(pay.totals.missing)} />
        ) : null}
        {wide ? (
          <Table<PayLine>
            rowKey="participantId"
            dataSource={pay.lines}
            pagination={false}
            size="small"
            data-testid="pay-lines"
            onRow={(l) => ({ 'data-name': l.name }) as never}
            columns={[
              { title: C.village, dataIndex: 'villageName' },
              { title: C.name, dataIndex: 'name' },
              { title: C.posts, render: (_, l) => l.posts.join('、') },
              { title: C.grade, render: (_, l) => l.grade ?? '—' },
              {
                title: C.coefficient,
                align: 'right',
                render: (_, l) => (l.coefficient === null ? '—' : coefficientText(l.coefficient)),
              },
              { title: C.base, align: 'right', render: (_, l) => baseCell(l) },
              { title: C.amount, align: 'right', render: (_, l) => l.amount ?? '—' },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={5}>
                  <Typography.Text strong>
                    {P.total}（{P.people(pay.totals.cadres)}）
                  </Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <span data-testid="pay-total-base">{pay.totals.base}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  <Typography.Text strong data-testid="pay-total-amount">
                    {pay.totals.amount}
                  </Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        ) : (
          <PayList pay={pay} baseCell={baseCell} />
        )}
        <Flex gap={8} wrap align="center">
          {editable ? (
            <Button
              disabled={changed.length === 0 || invalid}
              loading={save.isPending}
              onClick={() => void save.submit(undefined)}
            >
              {P.save}
            </Button>
          ) : null}
          {changed.length > 0 ? (
            <Typography.Text type="warning">{P.unsaved(changed.length)}</Typography.Text>
          ) : null}
          {pay.allowedActions.includes('sign') ? (
            <Button
              type="primary"
              disabled={changed.length > 0}
              loading={sign.isPending}
              onClick={() =>
                void sign.confirm(undefined, { title: P.signConfirm, content: P.signContent, okText: P.sign })
              }
            >
              {P.sign}
            </Button>
          ) : null}
        </Flex>
        <Versions pay={pay} />
      </Flex>
      <CorrectModal campaignId={pay.campaignId} open={correcting} onClose={() => setCorrecting(false)} />
    </Card>
  );
}
