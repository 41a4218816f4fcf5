import { Alert, Button, Card, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { Page } from '../../shared/Page.tsx';
import { importProgress, templateUrl } from './queries.ts';
import { S } from './strings.ts';

/** The office's .xlsx update: download the prefilled sheet, fill it, upload it; all rows or none. */
export function ImportPage() {
  const { campaignId = '' } = useParams();
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useAppMutation<File, { updated: number }>({
    mutationFn: (file) => importProgress(campaignId, file),
    success: (r) => S.imported(r.updated),
    invalidate: [keys.progress.all],
    errorTitle: S.importTitle,
    onSuccess: () => setProblem(null),
    onError: (error) => setProblem(error instanceof Error ? error.message : null),
  });
  return (
    <Page title={S.importTitle} extra={<BackLink to="/progress">{S.back}</BackLink>}>
      <Card style={{ maxWidth: 720 }}>
        <Flex vertical gap={12}>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {S.importSteps.map((step) => (
              <li key={step}>
                <Typography.Text>{step}</Typography.Text>
              </li>
            ))}
          </ol>
          <Flex gap={8} wrap>
            <Button href={templateUrl(campaignId)}>{S.download}</Button>
            <Upload
              accept=".xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload.submit(file);
                return false;
              }}
            >
              <Button type="primary" loading={upload.isPending}>
                {S.chooseFile}
              </Button>
            </Upload>
          </Flex>
          {problem ? (
            <Alert type="error" showIcon title={<span style={{ whiteSpace: 'pre-wrap' }}>{problem}</span>} />
          ) : null}
        </Flex>
      </Card>
    </Page>
  );
}
