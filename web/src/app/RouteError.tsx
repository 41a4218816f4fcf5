import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/** Shown when a page fails to load or render (e.g. a new version was deployed while it was open). */
function PageFailed() {
  return (
    <Result
      status="error"
      title="页面出错了"
      subTitle="页面加载或显示时出错，请刷新页面后重试。"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}

type Props = { path: string; children: ReactNode };
type State = { failed: boolean; path: string };

class Boundary extends Component<Props, State> {
  override state: State = { failed: false, path: this.props.path };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  /** Moving to another page clears the error: that page may well load. */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.path === state.path ? null : { failed: false, path: props.path };
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

/** Catches a page that fails to load or render, and lets the next navigation try again. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <Boundary path={useLocation().pathname}>{children}</Boundary>;
}
