import { Alert, Button, Flex, Form, Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate, formatLocalDateTime, localToday } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { ReasonField } from '../../shared/ReasonField.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { YearPage } from '../../shared/YearPage.tsx';
import { PersonLink } from '../history/PersonLink.tsx';
import { ExplainDrawer, type Focus } from './ExplainDrawer.tsx';
import { freezeResults, publishResults, useResults } from './queries.ts';
import { S } from './strings.ts';
import type { ResultRow, Results } from './types.ts';

const two = (x: number | null | undefined) => (x === null || x === undefined ? S.none : x.toFixed(2));
const when = (iso: string) => formatLocalDateTime(new Date(iso));

const STATUS_COLORS: Record<Results['status'], string> = {
  preview: 'default',
  reviewed: 'green',
  scheduled: 'blue',
  publicity: 'red',
  published: 'default',
};

const GRADE_COLORS: Record<string, string> = { 优秀: 'gold', 合格: 'green', 基本合格: 'blue', 不合格: 'red' };

function ScoreLink({ value, label, onOpen }: { value: string; label: string; onOpen: () => void }) {
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0 }}
      onClick={onOpen}
      aria-label={label}
      data-testid="score"
    >
      {value}
    </Button>
  );
}

function ResultsTable({ data, onOpen }: { data: Results; onOpen: (row: ResultRow, focus: Focus) => void }) {
  const C = S.columns;
  const link = (row: ResultRow, focus: Focus, value: string, what: string) => (
    <ScoreLink value={value} label={`${row.name} ${what} ${value}`} onOpen={() => onOpen(row, focus)} />
  );
  return (
    <Table<ResultRow>
      rowKey="participantId"
      dataSource={data.rows}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      data-testid="results-table"
      onRow={(row) => ({ 'data-name': row.name, 'data-grade': row.grade ?? '' }) as never}
      columns={[
        {
          title: C.rank,
          key: 'rank',
          render: (_, r) => link(r, 'rank', r.rank === null ? S.none : String(r.rank), C.rank),
        },
        {
          title: C.name,
          key: 'name',
          fixed: 'left',
          render: (_, r) => <PersonLink personId={r.personId} name={r.name} />,
        },
        { title: C.village, dataIndex: 'villageName' },
        { title: C.posts, key: 'posts', render: (_, r) => r.posts.join('、') },
        {
          title: C.villageScore,
          key: 'village',
          render: (_, r) => link(r, 'village', two(r.village?.score), C.villageScore),
        },
        { title: C.jury, key: 'jury', render: (_, r) => link(r, 'jury', two(r.jury?.score), C.jury) },
        {
          title: C.inspection,
          key: 'inspection',
          render: (_, r) => link(r, 'inspection', two(r.inspection?.score), C.inspection),
        },
        {
          title: C.composite,
          key: 'composite',
          render: (_, r) => link(r, 'composite', two(r.composite), C.composite),
        },
        {
          title: C.grade,
          key: 'grade',
          render: (_, r) => (
            <Flex gap={4} wrap>
              <Tag
                color={r.grade ? (GRADE_COLORS[r.grade] ?? 'default') : 'default'}
                style={{ cursor: 'pointer' }}
                onClick={() => onOpen(r, 'grade')}
                data-testid="grade"
              >
                {r.grade ?? S.notGraded}
              </Tag>
              {r.forcedFail ? <Tag color="red">{S.forcedFail}</Tag> : null}
            </Flex>
          ),
        },
      ]}
    />
  );
}

function Summary({ data }: { data: Results }) {
  const c = data.config;
  const weights = `村级民主测评 ${c.compositeWeights.village}%、乡集中述职 ${c.compositeWeights.jury}%、实地考核 ${c.compositeWeights.inspection}%`;
  const grades = [...c.grades.map((g) => `${g.label} ≥ ${g.minScore}`), c.failGrade].join('，');
  const cap = c.topGradeCap === null ? '' : S.cap(`${Math.round(c.topGradeCap * 1000) / 10}%`);
  const p = data.publication;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center">
        <Tag color={STATUS_COLORS[data.status]} data-testid="results-status">
          {data.statusLabel}
        </Tag>
        <Typography.Text type="secondary">{S.explain}</Typography.Text>
      </Flex>
      {data.current ? (
        <Typography.Text>
          {S.frozenNote(when(data.current.frozenAt), data.current.frozenBy)}
          {data.current.reason ? ` ${S.recomputedNote(data.current.reason)}` : ''}
        </Typography.Text>
      ) : (
        <Typography.Text>{S.previewNote}</Typography.Text>
      )}
      {p ? (
        <Typography.Text data-testid="results-publication">
          {S.publication(
            p.title,
            p.statusLabel,
            formatLocalDate(p.startDate),
            formatLocalDate(p.endDate),
            p.objectionCount,
          )}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary">
        {S.configNote(weights, grades, cap)}；{S.configHash(c.hash.slice(0, 12))}
      </Typography.Text>
      {data.liveDiffers ? <Alert type="warning" showIcon title={S.liveDiffers} /> : null}
      {data.problems.length ? (
        <Alert
          type="info"
          showIcon
          data-testid="results-problems"
          title={S.problemsTitle}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {data.problems.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Flex>
  );
}

type PublishValues = { startDate: string; periodDays: number; objectionDays: number; text?: string };

function Actions({ data, townshipId }: { data: Results; townshipId: string }) {
  const [recomputing, setRecomputing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const id = data.campaign.id;
  const freeze = useAppMutation({
    mutationFn: () => freezeResults(id, { digest: data.digest }),
    success: S.frozen,
    invalidate: [keys.results.all, keys.publications.all],
    refreshOnError: true,
  });
  const can = (a: Results['allowedActions'][number]) => data.allowedActions.includes(a);
  return (
    <>
      {can('freeze') ? (
        <Button
          type="primary"
          loading={freeze.isPending}
          onClick={() =>
            freeze.confirm(undefined, { title: S.freezeConfirm, content: S.freezeContent, okText: S.freeze })
          }
        >
          {S.freeze}
        </Button>
      ) : null}
      {can('publish') ? (
        <Button type="primary" onClick={() => setPublishing(true)}>
          {S.publish}
        </Button>
      ) : null}
      {can('recompute') ? <Button onClick={() => setRecomputing(true)}>{S.recompute}</Button> : null}
      {data.publication ? (
        <Button href={`/public/townships/${townshipId}`} target="_blank">
          {S.board}
        </Button>
      ) : null}
      <FormModal<{ reason: string }>
        open={recomputing}
        title={S.recomputeTitle}
        intro={S.recomputeIntro}
        okText={S.recompute}
        name="recompute"
        onClose={() => setRecomputing(false)}
        mutationFn={(v) => freezeResults(id, { digest: data.digest, reason: v.reason })}
        success={S.recomputed}
        invalidate={[keys.results.all, keys.publications.all]}
      >
        <ReasonField label={S.reason} placeholder={S.reasonPlaceholder} maxLength={500} />
      </FormModal>
      <FormModal<PublishValues>
        open={publishing}
        title={S.publishTitle}
        intro={S.publishIntro}
        okText={S.publish}
        name="publish-results"
        onClose={() => setPublishing(false)}
        initialValues={{
          startDate: localToday(),
          periodDays: data.config.publicityDays,
          objectionDays: data.config.objectionDays,
        }}
        mutationFn={(v) => publishResults(id, { ...v, text: v.text?.trim() || undefined })}
        success={S.published}
        invalidate={[keys.results.all, keys.publications.all]}
      >
        <Form.Item name="startDate" label={S.startDate} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="periodDays" label={S.periodDays} rules={[{ required: true }]}>
          <InputNumber min={5} max={60} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="objectionDays" label={S.objectionDays} rules={[{ required: true }]}>
          <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="text" label={S.text}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} placeholder={S.textPlaceholder} />
        </Form.Item>
      </FormModal>
    </>
  );
}

const SHOWN_PHASES = ['evaluation', 'sanctions', 'archived'];

/** 考评结果: the ranked table with every number explained; review, confirm and publish (the office). */
export function ResultsPage() {
  return (
    <YearPage
      title={S.title}
      labels={S}
      shows={(c) => SHOWN_PHASES.includes(c.phase)}
      actions={(campaign) => <YearActions campaignId={campaign.id} townshipId={campaign.townshipId} />}
    >
      {(campaign) => <YearResults campaignId={campaign.id} />}
    </YearPage>
  );
}

/** The office's buttons for the chosen year, once its results have loaded (the body shows the loading). */
function YearActions({ campaignId, townshipId }: { campaignId: string; townshipId: string }) {
  const results = useResults(campaignId);
  return results.data ? <Actions data={results.data} townshipId={townshipId} /> : null;
}

function YearResults({ campaignId }: { campaignId: string }) {
  const results = useResults(campaignId);
  const [open, setOpen] = useState<{ row: ResultRow; focus: Focus } | null>(null);
  if (results.isPending) return <FullPageSpin />;
  if (results.isError) return <LoadError error={results.error} onRetry={() => void results.refetch()} />;
  const data = results.data;
  return (
    <>
      <Summary data={data} />
      <ResultsTable data={data} onOpen={(row, focus) => setOpen({ row, focus })} />
      {data.history.length ? (
        <Flex vertical gap={4} style={{ marginTop: 16 }}>
          <Typography.Text strong>{S.history}</Typography.Text>
          {data.history.map((h) => (
            <Typography.Text key={h.id} type="secondary">
              {S.historyItem(when(h.frozenAt), h.frozenBy, h.reason)}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
      <ExplainDrawer
        row={open?.row ?? null}
        focus={open?.focus ?? 'composite'}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
