import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useMe } from '../../api/session.ts';
import { S } from './strings.ts';

type LoginForm = { username: string; password: string };

/** Only same-site paths: a link cannot send the user elsewhere after login. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // Not useAppMutation: a refused sign-in stays on the page above the form, not in a passing toast.
  const login = useMutation({
    mutationFn: (values: LoginForm) => api.post('/api/auth/login', values),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.auth.me });
      await client.refetchQueries({ queryKey: keys.auth.me });
      navigate(next, { replace: true });
    },
  });

  if (me.data) return <Navigate to={next} replace />;

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {S.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {S.subtitle}
        </Typography.Paragraph>
        {login.isError && (
          <Alert
            type="error"
            title={errorMessage(login.error)}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form<LoginForm>
          layout="vertical"
          onFinish={(values) => login.mutate(values)}
          requiredMark={false}
          size="large"
        >
          <Form.Item
            name="username"
            label={S.username}
            rules={[{ required: true, message: S.usernameRequired }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={S.password}
            rules={[{ required: true, message: S.passwordRequired }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {S.submit}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {S.hint}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
