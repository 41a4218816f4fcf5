import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Grid, Result, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api, errorMessage, type RowError } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { Page } from '../../shared/Page.tsx';
import { ImportPreview, RowErrorsTable } from './ImportResults.tsx';
import { ParticipantRefresh } from './ParticipantRefresh.tsx';
import { S } from './strings.ts';
import type { RosterImportResult as ImportResult } from './types.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 8 * 1024 * 1024;

type Checked =
  | { kind: 'none' }
  | { kind: 'errors'; fileName: string; message: string; rows: RowError[] }
  | { kind: 'ready'; fileName: string; bytes: ArrayBuffer; preview: ImportResult }
  | { kind: 'done'; result: ImportResult };

type UploadRequest = { fileName: string; bytes: ArrayBuffer; dryRun: boolean };

const importUrl = (dryRun: boolean) => `/api/roster/import${dryRun ? '?dryRun=true' : ''}`;

/**
 * A refused file is shown as the table of its rows' problems, on the page, rather than as the
 * toast of useAppMutation: the office works through it line by line in Excel.
 */
function useRosterUpload(setState: (state: Checked) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ bytes, dryRun }: UploadRequest) =>
      api.upload<ImportResult>(importUrl(dryRun), bytes, XLSX_TYPE),
    onSuccess: async (result, { fileName, bytes, dryRun }) => {
      if (dryRun) return setState({ kind: 'ready', fileName, bytes, preview: result });
      await client.invalidateQueries({ queryKey: keys.org.villages });
      setState({ kind: 'done', result });
    },
    onError: (e, { fileName }) => {
      const rows = e instanceof ApiError ? e.rows : [];
      setState({ kind: 'errors', fileName, message: errorMessage(e), rows });
    },
  });
}

export function RosterImportPage() {
  const { message } = App.useApp();
  const [state, setState] = useState<Checked>({ kind: 'none' });
  const upload = useRosterUpload(setState);
  const busy = upload.isPending;
  const isPhone = !Grid.useBreakpoint().md;

  const check = async (file: File) => {
    if (!file.name.toLowerCase().endsWith('.xlsx')) return message.error(S.wrongType);
    if (file.size > MAX_BYTES) return message.error(S.tooBig);
    upload.mutate({ fileName: file.name, bytes: await file.arrayBuffer(), dryRun: true });
  };

  const commit = () => {
    if (state.kind !== 'ready') return;
    upload.mutate({ fileName: state.fileName, bytes: state.bytes, dryRun: false });
  };

  if (state.kind === 'done') {
    return (
      <Page title={S.title}>
        <Result
          status="success"
          title={S.doneTitle}
          subTitle={S.doneText(state.result)}
          extra={[
            <Link key="v" to="/villages">
              <Button type="primary">{S.toVillages}</Button>
            </Link>,
            <Button key="a" onClick={() => setState({ kind: 'none' })}>
              {S.again}
            </Button>,
          ]}
        />
        {state.result.changes.length > 0 && <ParticipantRefresh />}
      </Page>
    );
  }

  const current = state.kind === 'ready' ? 2 : state.kind === 'errors' ? 1 : 0;
  return (
    <Page title={S.title}>
      <Typography.Paragraph type="secondary">{S.intro}</Typography.Paragraph>
      {!isPhone && (
        <Steps
          current={current}
          size="small"
          style={{ marginBottom: 16 }}
          items={[{ title: S.step1 }, { title: S.step2 }, { title: S.step3 }]}
        />
      )}
      <Flex vertical gap={16}>
        <Card size="small" title={`1. ${S.step1}`}>
          <Typography.Paragraph>{S.step1Text}</Typography.Paragraph>
          <Button
            icon={<DownloadOutlined />}
            href="/api/roster/template.xlsx"
            download
            data-testid="download-template"
          >
            {S.download}
          </Button>
        </Card>
        <Card size="small" title={`2. ${S.step2}`}>
          <Typography.Paragraph>{S.step2Text}</Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void check(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{busy ? S.checking : S.choose}</p>
          </Upload.Dragger>
        </Card>
        {state.kind === 'errors' && (
          <Card size="small" title={`${S.file}：${state.fileName}`}>
            <Alert
              type="error"
              showIcon
              title={state.rows.length ? S.errorsTitle(state.rows.length) : state.message}
              description={state.rows.length ? S.errorsText : undefined}
              style={{ marginBottom: 12 }}
              data-testid="import-errors"
            />
            {state.rows.length > 0 && <RowErrorsTable rows={state.rows} />}
          </Card>
        )}
        {state.kind === 'ready' && (
          <Card size="small" title={`3. ${S.step3}（${S.file}：${state.fileName}）`}>
            <ImportPreview preview={state.preview} />
            <Flex gap={8} wrap style={{ marginTop: 12 }}>
              <Button type="primary" loading={busy} onClick={commit}>
                {S.confirm}
              </Button>
              <Button disabled={busy} onClick={() => setState({ kind: 'none' })}>
                {S.reselect}
              </Button>
            </Flex>
          </Card>
        )}
      </Flex>
    </Page>
  );
}
