import { Alert, Button, Checkbox, Flex, Select, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  LETTER_BOX_LABELS,
  LETTER_STATUS_LABELS,
  LETTER_STATUSES,
  type LetterStatus,
} from '../../../../server/domain/letters.ts';
import { useCurrentUser } from '../../api/session.ts';
import { Page } from '../../shared/Page.tsx';
import { aboutText, StatusTag } from './LetterTags.tsx';
import { PaperLetterModal } from './PaperLetterModal.tsx';
import { type LetterFilter, type LetterItem, type StaffLetter, useBoxes, useLetters } from './queries.ts';
import { S } from './strings.ts';
import './letters.css';

const isStaff = (l: LetterItem): l is StaffLetter => l.view !== 'answer_only';

/** The office's (and leaders', the county's) letters: overdue first; a village account sees closed answers. */
export function LettersPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<LetterFilter>({});
  const [paper, setPaper] = useState(false);
  const list = useLetters(filter);
  const boxes = useBoxes(me.villageId ? null : me.townshipId);
  const letters = list.data?.letters ?? [];
  const staff = letters.filter(isStaff);
  const answerOnly = me.villageId !== null;

  const filters = answerOnly ? null : (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Select<LetterStatus | ''>
        aria-label={S.filterStatus}
        style={{ width: 140 }}
        value={filter.status ?? ''}
        onChange={(status) => setFilter({ ...filter, status: status || undefined })}
        options={[
          { value: '', label: S.allStatuses },
          ...LETTER_STATUSES.map((s) => ({ value: s, label: LETTER_STATUS_LABELS[s] })),
        ]}
      />
      <Select<string>
        aria-label={S.filterVillage}
        style={{ width: 160 }}
        value={filter.villageId ?? ''}
        onChange={(villageId) => setFilter({ ...filter, villageId: villageId || undefined })}
        options={[
          { value: '', label: S.allVillages },
          ...(boxes.data?.villages ?? []).map((v) => ({ value: v.id, label: v.name })),
        ]}
      />
      <Checkbox
        checked={filter.overdue === 'true'}
        onChange={(e) => setFilter({ ...filter, overdue: e.target.checked ? 'true' : undefined })}
      >
        {S.onlyOverdue}
      </Checkbox>
    </Flex>
  );

  return (
    <Page
      title={S.title}
      extra={
        list.data?.mayEnterPaper ? (
          <Button type="primary" onClick={() => setPaper(true)}>
            {S.enterPaper}
          </Button>
        ) : null
      }
    >
      {answerOnly ? (
        <Alert type="info" showIcon title={S.answerOnlyIntro} style={{ marginBottom: 12 }} />
      ) : (
        <Flex gap={32} style={{ marginBottom: 12 }}>
          <Statistic title={S.open} value={list.data?.counts.open ?? 0} />
          <Statistic
            title={S.overdue}
            value={list.data?.counts.overdue ?? 0}
            styles={{ content: { color: (list.data?.counts.overdue ?? 0) > 0 ? '#cf1322' : undefined } }}
          />
        </Flex>
      )}
      {filters}
      {answerOnly ? (
        <Table<LetterItem>
          rowKey="id"
          loading={list.isLoading}
          dataSource={letters}
          locale={{ emptyText: S.empty }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 600 }}
          columns={[
            { title: S.col.about, render: (_, l) => aboutText(l) },
            { title: S.col.answer, dataIndex: 'answer', render: (a: string | null) => a ?? '—' },
            { title: S.col.closedOn, dataIndex: 'closedOn', width: 120 },
          ]}
        />
      ) : (
        <Table<StaffLetter>
          rowKey="id"
          loading={list.isLoading}
          dataSource={staff}
          locale={{ emptyText: S.empty }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          onRow={(l) => ({ onClick: () => navigate(`/mailbox/${l.id}`), style: { cursor: 'pointer' } })}
          rowClassName={(l) => (l.overdue ? 'letter-overdue' : '')}
          columns={[
            { title: S.col.receivedOn, dataIndex: 'receivedOn', width: 110 },
            {
              title: S.col.box,
              dataIndex: 'box',
              width: 110,
              render: (b: StaffLetter['box']) => LETTER_BOX_LABELS[b],
            },
            { title: S.col.about, width: 180, render: (_, l) => aboutText(l) },
            {
              title: S.col.content,
              dataIndex: 'content',
              render: (c: string) => (
                <Typography.Text ellipsis style={{ maxWidth: 320 }}>
                  {c}
                </Typography.Text>
              ),
            },
            {
              title: S.col.status,
              width: 150,
              render: (_, l) => <StatusTag status={l.status} overdue={l.overdue} />,
            },
            { title: S.col.dueOn, dataIndex: 'dueOn', width: 110, render: (d: string | null) => d ?? '—' },
            { title: S.col.handler, width: 140, render: (_, l) => l.handlerUnit ?? '—' },
          ]}
        />
      )}
      <PaperLetterModal open={paper} onClose={() => setPaper(false)} boxes={boxes.data} />
    </Page>
  );
}
