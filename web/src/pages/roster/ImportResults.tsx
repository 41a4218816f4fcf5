import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import type { RowError } from '../../api/client.ts';
import type { ImportNote } from '../../api/types.ts';
import { S } from './strings.ts';
import type { RosterChange, RosterImportResult } from './types.ts';

const rowColumns = (last: string) => [
  { title: S.colRow, dataIndex: 'row', width: 72 },
  { title: S.colColumn, dataIndex: 'column', width: 140 },
  { title: last, dataIndex: 'message' },
];

export function RowErrorsTable({ rows }: { rows: RowError[] }) {
  return (
    <Table<RowError>
      size="small"
      rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={rowColumns(S.colMessage)}
      data-testid="row-errors"
    />
  );
}

/** Who each name was taken to be (matched by ID-card number, by the one namesake, or new). */
function ImportNotes({ notes }: { notes: ImportNote[] }) {
  if (notes.length === 0) return null;
  return (
    <>
      <Typography.Paragraph strong style={{ marginTop: 16, marginBottom: 8 }}>
        {S.notesTitle(notes.length)}
      </Typography.Paragraph>
      <Table<ImportNote>
        size="small"
        rowKey={(n) => `${n.row}-${n.column}-${n.message}`}
        dataSource={notes}
        scroll={{ x: 'max-content' }}
        pagination={notes.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={rowColumns(S.colNote)}
        data-testid="import-notes"
      />
    </>
  );
}

const KIND_COLORS: Record<RosterChange['kind'], string> = {
  appointed: 'green',
  ended: 'orange',
  moved: 'blue',
};

const changeText = (c: RosterChange) =>
  c.kind === 'moved'
    ? S.moved(c.fromVillage ?? '', c.village)
    : c.kind === 'ended'
      ? S.endsOn(c.date)
      : S.startsOn(c.date);

/** Who is appointed, who leaves a post, who moves between villages: by name, in the file's row order. */
export function ImportChanges({ changes }: { changes: RosterChange[] }) {
  if (changes.length === 0) return null;
  return (
    <>
      <Typography.Paragraph strong style={{ marginTop: 16, marginBottom: 8 }}>
        {S.changesTitle(changes.length)}
      </Typography.Paragraph>
      <Table<RosterChange>
        size="small"
        rowKey={(c) => `${c.row}-${c.kind}-${c.name}-${c.post}`}
        dataSource={changes}
        scroll={{ x: 'max-content' }}
        pagination={changes.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        data-testid="import-changes"
        columns={[
          { title: S.colRow, dataIndex: 'row', width: 64 },
          { title: S.colVillage, dataIndex: 'village' },
          {
            title: S.colChange,
            dataIndex: 'kind',
            render: (kind: RosterChange['kind']) => (
              <Tag color={KIND_COLORS[kind]}>{S.changeKinds[kind]}</Tag>
            ),
          },
          { title: S.colName, dataIndex: 'name' },
          {
            title: S.colPost,
            dataIndex: 'post',
            render: (post: string | null) => (post ? S.posts[post] : ''),
          },
          { title: S.colDate, key: 'date', render: (_: unknown, c: RosterChange) => changeText(c) },
        ]}
      />
    </>
  );
}

const COUNTS = [
  'villagesCreated',
  'villagesUpdated',
  'personsCreated',
  'personsMoved',
  'idCardsAdded',
  'positionsCreated',
  'positionsEnded',
] as const;

export function ImportPreview({ preview }: { preview: RosterImportResult }) {
  const unchanged = COUNTS.every((k) => preview[k] === 0);
  return (
    <>
      {unchanged && (
        <Alert
          type="info"
          showIcon
          title={S.noChanges}
          style={{ marginBottom: 12 }}
          data-testid="no-changes"
        />
      )}
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3, lg: 4 }} title={S.previewTitle}>
        <Descriptions.Item label={S.villagesCreated}>
          {S.unit(preview.villagesCreated, '个')}
        </Descriptions.Item>
        <Descriptions.Item label={S.villagesUpdated}>
          {S.unit(preview.villagesUpdated, '个')}
        </Descriptions.Item>
        <Descriptions.Item label={S.personsCreated}>{S.unit(preview.personsCreated, '名')}</Descriptions.Item>
        <Descriptions.Item label={S.personsMoved}>{S.unit(preview.personsMoved, '名')}</Descriptions.Item>
        <Descriptions.Item label={S.idCardsAdded}>{S.unit(preview.idCardsAdded, '名')}</Descriptions.Item>
        <Descriptions.Item label={S.positionsCreated}>
          {S.unit(preview.positionsCreated, '条')}
        </Descriptions.Item>
        <Descriptions.Item label={S.positionsEnded}>{S.unit(preview.positionsEnded, '条')}</Descriptions.Item>
      </Descriptions>
      <ImportChanges changes={preview.changes} />
      <ImportNotes notes={preview.notes} />
    </>
  );
}
