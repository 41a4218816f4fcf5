import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client.ts';
import { showFieldError } from '../../api/form-errors.ts';
import { Page } from '../../app/Page.tsx';
import { S } from './strings.ts';

type PasswordForm = { oldPassword: string; newPassword: string; confirm: string };

export function PasswordPage() {
  const [form] = Form.useForm<PasswordForm>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const onFinish = async ({ oldPassword, newPassword }: PasswordForm) => {
    setBusy(true);
    try {
      await api.post('/api/auth/password', { oldPassword, newPassword });
      form.resetFields();
      message.success(S.saved);
    } catch (e) {
      if (!showFieldError(form, e)) message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={S.passwordPage}>
      <Card style={{ maxWidth: 480 }}>
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item
            name="oldPassword"
            label={S.oldPassword}
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
          <Button type="primary" htmlType="submit" loading={busy}>
            {S.save}
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
