import { SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_TIME_ZONE, formatLocalDateTime } from '../../../../server/domain/local-time.ts';
import { api, errorMessage, queryString } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import type { AuditEntry, AuditPage as AuditPageData, ChainCheck } from '../../api/types.ts';
import { Page } from '../../shared/Page.tsx';
import { AuditDiff } from './AuditDiff.tsx';
import { type AuditFilter, AuditFilters } from './AuditFilters.tsx';
import { actionLabel, ENTITY_LABELS, S } from './strings.ts';

const PAGE_SIZE = 20;

function useVerify() {
  const { modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const r = await api.get<ChainCheck>('/api/audit/verify');
      if (r.ok) modal.success({ title: S.verifyOkTitle, content: S.verifyOk(r) });
      else modal.error({ title: S.verifyBrokenTitle, content: S.verifyBroken(r) });
    } catch (e) {
      modal.error({ title: S.verifyBrokenTitle, content: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const verify = useVerify();
  const query = useQuery({
    queryKey: keys.audit.page(filter, page),
    queryFn: () =>
      api.get<AuditPageData>(
        `/api/audit${queryString({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const timeZone = query.data?.timeZone ?? DEFAULT_TIME_ZONE;

  return (
    <Page
      title={S.title}
      extra={
        <Button icon={<SafetyCertificateOutlined />} onClick={verify.run} loading={verify.busy}>
          {S.verify}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{S.intro}</Typography.Paragraph>
      <Alert type="info" showIcon title={S.numbering} style={{ marginBottom: 16 }} />
      <AuditFilters
        timeZone={timeZone}
        onSearch={(f) => {
          setFilter(f);
          setPage(1);
        }}
      />
      {query.isError && (
        <Alert type="error" showIcon title={errorMessage(query.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<AuditEntry>
        rowKey="seq"
        size="middle"
        loading={query.isFetching}
        dataSource={query.data?.entries ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: S.empty }}
        expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: S.total,
          onChange: setPage,
        }}
        columns={[
          { title: S.colSeq, dataIndex: 'chainSeq', width: 96 },
          {
            title: S.colAt,
            dataIndex: 'at',
            render: (at: string) => formatLocalDateTime(new Date(at), timeZone),
          },
          { title: S.colActor, dataIndex: 'actorName' },
          {
            title: S.colAction,
            dataIndex: 'action',
            render: (action: string) => actionLabel(action),
          },
          {
            title: S.colEntity,
            dataIndex: 'entity',
            render: (entity: string) => ENTITY_LABELS[entity] ?? entity,
          },
          { title: S.colReason, dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
        ]}
      />
    </Page>
  );
}
