import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, List, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';

/** The archive section of an archived year: download the sealed package, see who took one and which. */

type ArchiveView = {
  campaignId: string;
  year: number;
  sealHash: string | null;
  sealedAt: string | null;
  fileName: string;
  allowedActions: 'download'[];
  unavailableReason: string | null;
  packages: { at: string; by: string; manifestSha256: string; bytes: number }[];
};

const S = {
  title: '归档包',
  intro:
    '归档包是该年度封存后的全部记录：各模块封存的记录（JSON）、承诺书和表决结果记录等文书、证明材料照片和文档，以及每个文件的 SHA-256 清单。' +
    '收到归档包的人可以在本系统目录中运行 npm run archive:verify 归档包.zip，不联网、不用数据库即可逐个核对。',
  seal: '封存值',
  sealedAt: '封存时间',
  download: '下载归档包',
  building: '正在生成归档包，照片较多时需要一些时间，请稍候……',
  issued: '已下载的归档包',
  none: '还没有人下载过归档包。',
  issue: (p: ArchiveView['packages'][number]) =>
    `${p.at} ${p.by} 下载，${(p.bytes / 1024 / 1024).toFixed(1)} MB`,
  manifest: '清单校验值',
};

export function ArchivePackage({ campaignId }: { campaignId: string }) {
  const queryClient = useQueryClient();
  const view = useQuery({
    queryKey: keys.campaigns.archive(campaignId),
    queryFn: () => api.get<ArchiveView>(`/api/campaigns/${encodeURIComponent(campaignId)}/archive`),
  });
  if (!view.data) return null;
  const v = view.data;
  // A plain link: the browser streams the .zip to disk itself (no copy of it in the page's memory).
  const refreshSoon = () =>
    window.setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: keys.campaigns.archive(campaignId) }),
      4000,
    );
  return (
    <Card title={S.title} data-testid="archive-package">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {S.intro}
        </Typography.Paragraph>
        {v.sealHash && (
          <Typography.Text>
            {S.seal}：
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {v.sealHash}
            </Typography.Text>
            {v.sealedAt && (
              <Typography.Text type="secondary">
                （{S.sealedAt} {v.sealedAt}）
              </Typography.Text>
            )}
          </Typography.Text>
        )}
        {v.allowedActions.includes('download') ? (
          <Flex gap={12} align="center" wrap>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              href={`/api/campaigns/${encodeURIComponent(campaignId)}/archive.zip`}
              download={v.fileName}
              onClick={refreshSoon}
            >
              {S.download}
            </Button>
            <Typography.Text type="secondary">{S.building}</Typography.Text>
          </Flex>
        ) : (
          v.unavailableReason && <Typography.Text type="secondary">{v.unavailableReason}</Typography.Text>
        )}
        <List
          size="small"
          header={S.issued}
          locale={{ emptyText: S.none }}
          dataSource={v.packages}
          renderItem={(p) => (
            <List.Item>
              <Flex vertical>
                <Typography.Text>{S.issue(p)}</Typography.Text>
                <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                  {S.manifest}：{p.manifestSha256}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
