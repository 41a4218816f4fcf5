import { Descriptions, Table, Typography } from 'antd';
import type { RowError } from '../../api/client.ts';
import type { ImportNote, ImportResult } from '../../api/types.ts';
import { S } from './strings.ts';

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

export function ImportPreview({ preview }: { preview: ImportResult }) {
  return (
    <>
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
      <ImportNotes notes={preview.notes} />
    </>
  );
}
