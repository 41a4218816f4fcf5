import { Alert, Button, Checkbox, Flex, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { meetingPath, useCandidates } from './queries.ts';
import { S } from './strings.ts';
import type { Candidate, Meeting } from './types.ts';

type Row = Candidate & { included: boolean };

/** The reporters' order: the ordered ones first, then the others; set while the meeting is being prepared. */
function initialRows(meeting: Meeting, candidates: Candidate[]): Row[] {
  const ordered = meeting.reporters.map((r) => r.participantId);
  const byId = new Map(candidates.map((c) => [c.participantId, c]));
  const first = ordered.flatMap((id) => (byId.has(id) ? [{ ...byId.get(id)!, included: true }] : []));
  const rest = candidates
    .filter((c) => !ordered.includes(c.participantId))
    .map((c) => ({ ...c, included: false }));
  return [...first, ...rest];
}

export function OrderTab({ meeting }: { meeting: Meeting }) {
  const candidates = useCandidates(meeting.id);
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (candidates.data) setRows(initialRows(meeting, candidates.data));
  }, [candidates.data, meeting]);
  const save = useAppMutation({
    mutationFn: (ids: string[]) =>
      api.put<Meeting>(`${meetingPath(meeting.id)}/reporters`, { participantIds: ids }),
    invalidate: [keys.jury.all],
    success: S.orderSaved,
  });
  if (candidates.isPending) return <FullPageSpin />;
  if (candidates.isError) return <LoadError error={candidates.error} />;
  const editable = meeting.allowedActions.includes('order_reporters');
  const move = (i: number, by: number) =>
    setRows((rs) => {
      const next = [...rs];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });
  return (
    <Flex vertical gap={12}>
      <Alert type="info" title={S.orderHint} />
      <Table<Row>
        rowKey="participantId"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: S.include,
            key: 'in',
            render: (_, r, i) => (
              <Checkbox
                checked={r.included}
                disabled={!editable || r.unqualified}
                onChange={(e) =>
                  setRows((rs) => rs.map((x, j) => (j === i ? { ...x, included: e.target.checked } : x)))
                }
              />
            ),
          },
          { title: S.village, dataIndex: 'villageName' },
          { title: S.reporter, dataIndex: 'name' },
          { title: S.posts, dataIndex: 'posts' },
          {
            title: '',
            key: 'unq',
            render: (_, r) => (r.unqualified ? <Tag color="red">{S.unqualified}</Tag> : null),
          },
          {
            title: '',
            key: 'move',
            render: (_, _r, i) =>
              editable ? (
                <Flex gap={4}>
                  <Button size="small" disabled={i === 0} onClick={() => move(i, -1)}>
                    {S.up}
                  </Button>
                  <Button size="small" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                    {S.down}
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      {editable && (
        <Flex>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() =>
              void save.submit(rows.filter((r) => r.included && !r.unqualified).map((r) => r.participantId))
            }
          >
            {S.saveOrder}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
