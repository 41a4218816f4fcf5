import { Button, Flex, Result, Spin } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../api/client.ts';
import { SHARED_S as S } from './strings.ts';

/**
 * The states of a page that is not showing its content: loading, not found, not allowed, failed to
 * load. `if (q.isPending) return <FullPageSpin />; if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />`
 */
export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={S.loading} />
    </Flex>
  );
}

export function NotFound() {
  return (
    <Result
      status="404"
      title={S.notFoundTitle}
      subTitle={S.notFoundText}
      extra={
        <Link to="/">
          <Button type="primary">{S.backHome}</Button>
        </Link>
      }
    />
  );
}

export function Forbidden() {
  return (
    <Result
      status="403"
      title={S.forbiddenTitle}
      subTitle={S.forbiddenText}
      extra={
        <Link to="/">
          <Button type="primary">{S.backHome}</Button>
        </Link>
      }
    />
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Result
      status="warning"
      title={S.loadFailed}
      subTitle={errorMessage(error)}
      extra={onRetry ? <Button onClick={onRetry}>{S.retry}</Button> : null}
    />
  );
}
