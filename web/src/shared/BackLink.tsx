import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The "back to the list" button in a page's title line: `<Page extra={<BackLink to="/campaigns">返回活动列表</BackLink>}>`. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to}>
      <Button icon={<ArrowLeftOutlined />}>{children}</Button>
    </Link>
  );
}
