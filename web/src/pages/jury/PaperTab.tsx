import {
  Alert,
  Button,
  Flex,
  Form,
  InputNumber,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { meetingPath } from './queries.ts';
import { type Criterion, emptyRow, rowState, type SheetRow, sheetEntries } from './score-sheet.ts';
import { S } from './strings.ts';
import type { Juror, Meeting, PaperResult } from './types.ts';

/** One typed number of a sheet row; out of range or malformed shows the server's own wording. */
function Cell({
  label,
  value,
  problem,
  onChange,
}: {
  label: string;
  value: number | null;
  problem: string | null;
  onChange: (v: number | null) => void;
}) {
  return (
    <Flex vertical gap={2}>
      <InputNumber
        aria-label={label}
        inputMode="decimal"
        value={value}
        status={problem ? 'error' : undefined}
        onChange={onChange}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </Flex>
  );
}

/** The sheet's columns: the total, or each sub-criterion (0..its maximum) and the computed total. */
function scoreColumns(
  criteria: Criterion[],
  rows: Record<string, SheetRow>,
  setRow: (jurorId: string, row: SheetRow) => void,
): TableColumnsType<Juror> {
  const rowOf = (j: Juror) => rows[j.id] ?? emptyRow(criteria);
  if (criteria.length === 0) {
    return [
      {
        title: S.result,
        key: 'total',
        render: (_, j) => (
          <Cell
            label={`${j.name}${S.result}`}
            value={rowOf(j).total}
            problem={rowState(rowOf(j), criteria).totalProblem}
            onChange={(v) => setRow(j.id, { ...rowOf(j), total: v })}
          />
        ),
      },
    ];
  }
  return [
    ...criteria.map((c, i) => ({
      title: S.criterionTitle(c),
      key: `part-${i}`,
      render: (_: unknown, j: Juror) => (
        <Cell
          label={`${j.name}${c.name}`}
          value={rowOf(j).parts[i] ?? null}
          problem={rowState(rowOf(j), criteria).partProblems[i] ?? null}
          onChange={(v) =>
            setRow(j.id, { ...rowOf(j), parts: rowOf(j).parts.map((p, k) => (k === i ? v : p)) })
          }
        />
      ),
    })),
    {
      title: S.paperTotal,
      key: 'total',
      render: (_, j) => {
        const total = rowState(rowOf(j), criteria).total;
        return <Typography.Text strong>{total ?? '—'}</Typography.Text>;
      },
    },
  ];
}

/**
 * Paper sheets keyed in when the network fails: the sheet of each juror for one reporter; the same
 * sheets keyed in by a second account must agree before they count. Blind: no value is shown back.
 */
export function PaperTab({ meeting }: { meeting: Meeting }) {
  const [reporterId, setReporterId] = useState<string | undefined>();
  const [rows, setRows] = useState<Record<string, SheetRow>>({});
  const [last, setLast] = useState<PaperResult | null>(null);
  const reporter = meeting.reporters.find((r) => r.id === reporterId);
  const jurors = reporter
    ? meeting.jurors.filter((j) => !j.ties.some((t) => t.villageId === reporter.villageId))
    : [];
  const criteria = meeting.rules.subCriteria;
  const sheet = sheetEntries(jurors, rows, criteria);
  const enter = useAppMutation({
    mutationFn: () =>
      api.post<PaperResult>(`${meetingPath(meeting.id)}/paper`, { reporterId, entries: sheet.entries }),
    invalidate: [keys.jury.all],
    errorTitle: S.tabs.paper,
    onSuccess: (r) => {
      setLast(r);
      setRows({});
    },
  });
  const may = meeting.allowedActions.includes('enter_paper');
  return (
    <Flex vertical gap={12} style={{ maxWidth: criteria.length ? 1100 : 720 }}>
      <Alert type="info" title={S.paperHint} />
      {criteria.length > 0 && (
        <Alert type="warning" title={S.paperByParts(criteria.map(S.criterionTitle).join('、'))} />
      )}
      <Form layout="vertical">
        <Form.Item label={S.paperReporter}>
          <Select
            value={reporterId}
            onChange={(v) => {
              setReporterId(v);
              setRows({});
              setLast(null);
            }}
            disabled={!may}
            options={meeting.reporters
              .filter((r) => r.status !== 'waiting')
              .map((r) => ({ value: r.id, label: `${r.position}. ${r.villageName} ${r.name}` }))}
          />
        </Form.Item>
      </Form>
      {reporter && (
        <Table<Juror>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={jurors}
          columns={[
            { title: S.jurorName, dataIndex: 'name' },
            { title: S.category, dataIndex: 'categoryLabel' },
            ...scoreColumns(criteria, rows, (id, row) => setRows((rs) => ({ ...rs, [id]: row }))),
          ]}
        />
      )}
      {sheet.unfinished.length > 0 && (
        <Alert type="warning" title={S.paperUnfinished(sheet.unfinished.join('、'))} />
      )}
      {reporter && (
        <Flex>
          <Button
            type="primary"
            disabled={sheet.entries.length === 0 || sheet.unfinished.length > 0}
            loading={enter.isPending}
            onClick={() => void enter.submit()}
          >
            {S.paperSubmit}
          </Button>
        </Flex>
      )}
      {last && <Alert type="success" title={S.paperDone(last)} />}
      {last && last.mismatched.length > 0 && (
        <Alert type="error" title={S.paperMismatchNames(last.mismatched.map((m) => m.name).join('、'))} />
      )}
      {!may && <Typography.Text type="secondary">{S.none}</Typography.Text>}
    </Flex>
  );
}
