import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A page: a title with its actions on one wrapping line, then the content.
 *   <Page title="考评活动" extra={<Button>新建</Button>}>…</Page>
 */
export function Page({
  title,
  extra,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {children}
    </div>
  );
}
