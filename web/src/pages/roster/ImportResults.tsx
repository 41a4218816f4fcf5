import { Descriptions, Table } from 'antd';
import type { RowError } from '../../api/client.ts';
import type { ImportResult } from '../../api/types.ts';
import { S } from './strings.ts';

export function RowErrorsTable({ rows }: { rows: RowError[] }) {
  return (
    <Table<RowError>
      size="small"
      rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { title: S.colRow, dataIndex: 'row', width: 72 },
        { title: S.colColumn, dataIndex: 'column', width: 140 },
        { title: S.colMessage, dataIndex: 'message' },
      ]}
      data-testid="row-errors"
    />
  );
}

export function ImportPreview({ preview }: { preview: ImportResult }) {
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 3, lg: 5 }} title={S.previewTitle}>
      <Descriptions.Item label={S.villagesCreated}>{S.unit(preview.villagesCreated, '个')}</Descriptions.Item>
      <Descriptions.Item label={S.villagesUpdated}>{S.unit(preview.villagesUpdated, '个')}</Descriptions.Item>
      <Descriptions.Item label={S.personsCreated}>{S.unit(preview.personsCreated, '名')}</Descriptions.Item>
      <Descriptions.Item label={S.positionsCreated}>
        {S.unit(preview.positionsCreated, '条')}
      </Descriptions.Item>
      <Descriptions.Item label={S.positionsEnded}>{S.unit(preview.positionsEnded, '条')}</Descriptions.Item>
    </Descriptions>
  );
}
