import { Alert, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useMe } from '../../api/session.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { S } from './strings.ts';

type PasswordForm = { oldPassword: string; newPassword: string; confirm: string };

export function PasswordPage() {
  const [form] = Form.useForm<PasswordForm>();
  const navigate = useNavigate();
  // On a first password every other page is closed until this one succeeds.
  const forced = useMe().data?.mustChangePassword === true;
  const change = useAppMutation({
    mutationFn: ({ oldPassword, newPassword }: PasswordForm) =>
      api.post('/api/auth/password', { oldPassword, newPassword }),
    form,
    success: forced ? S.firstSaved : S.saved,
    invalidate: [keys.auth.me],
    onSuccess: () => {
      form.resetFields();
      if (forced) navigate('/', { replace: true });
    },
  });

  return (
    <Page title={S.passwordPage}>
      {forced ? (
        <Alert
          type="warning"
          showIcon
          title={S.forcedTitle}
          description={S.forcedText}
          style={{ maxWidth: 480, marginBottom: 16 }}
        />
      ) : null}
      <Card style={{ maxWidth: 480 }}>
        <Form form={form} layout="vertical" onFinish={change.submit}>
          <Form.Item
            name="oldPassword"
            label={forced ? S.firstPassword : S.oldPassword}
            rules={[{ required: true, message: S.oldRequired }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={S.newPassword}
            extra={S.passwordRule}
            rules={[{ required: true, message: S.newRequired }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={S.confirmPassword}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: S.confirmRequired },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('newPassword') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(S.mismatch)),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {S.save}
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
