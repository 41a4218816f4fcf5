import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { CampaignDetail } from '../../api/types.ts';
import { useSubmit } from '../../api/use-submit.ts';
import {
  GradingSection,
  PledgingSection,
  PublicitySection,
  ScoringSection,
  VotingSection,
} from './ConfigSections.tsx';
import { type ConfigFormValues, toConfig, toFormValues } from './config-form.ts';
import { campaignKeys } from './queries.ts';
import { CONFIG_S as S } from './strings.ts';

function LockNotice({ campaign, manage }: { campaign: CampaignDetail; manage: boolean }) {
  if (campaign.phase === 'archived') return <Alert type="info" showIcon title={S.archivedText} />;
  if (!manage) return <Alert type="info" showIcon title={S.readOnlyText} />;
  if (campaign.phase === 'setup') return null;
  return (
    <Alert type="warning" showIcon title={S.lockedTitle} description={S.lockedText(campaign.phaseLabel)} />
  );
}

/** Every config value of the campaign, grouped; the server validates and names the field it refuses. */
export function ConfigForm({ campaign, manage }: { campaign: CampaignDetail; manage: boolean }) {
  const [form] = Form.useForm<ConfigFormValues>();
  const { message } = App.useApp();
  const [dirty, setDirty] = useState(false);
  const locked = campaign.phase !== 'setup';
  const readOnly = !manage || campaign.phase === 'archived';

  useEffect(() => {
    form.setFieldsValue(toFormValues(campaign.config));
    setDirty(false);
  }, [campaign.config, form]);

  const { submit, busy } = useSubmit(
    form,
    (v: ConfigFormValues) =>
      api.put<CampaignDetail>(`/api/campaigns/${campaign.id}/config`, {
        config: toConfig(v),
        ...(locked ? { reason: v.reason?.trim() } : {}),
      }),
    {
      success: S.saved,
      fieldPrefix: 'config',
      invalidate: [campaignKeys.all],
      onDone: () => {
        setDirty(false);
        form.setFieldValue('reason', undefined);
      },
    },
  );

  const resetDefaults = () => {
    form.setFieldsValue(toFormValues(campaign.defaults));
    setDirty(true);
    message.info(S.resetDone);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      disabled={readOnly}
      onFinish={submit}
      onValuesChange={() => setDirty(true)}
      scrollToFirstError={{ block: 'center' }}
      data-testid="config-form"
    >
      <Flex vertical gap={16}>
        <LockNotice campaign={campaign} manage={manage} />
        <PledgingSection year={campaign.year} />
        <VotingSection />
        <ScoringSection disabled={readOnly} />
        <GradingSection disabled={readOnly} />
        <PublicitySection />
        {!readOnly && (
          <div
            style={{
              position: 'sticky',
              bottom: 0,
              background: '#fff',
              padding: 12,
              borderTop: '1px solid #f0f0f0',
              zIndex: 2,
            }}
          >
            {locked && (
              <Form.Item
                name="reason"
                label={S.reason}
                rules={[{ required: true, whitespace: true, message: S.reasonRequired }]}
              >
                <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} />
              </Form.Item>
            )}
            <Flex gap={8} wrap align="center">
              <Button type="primary" htmlType="submit" loading={busy}>
                {S.save}
              </Button>
              <Button onClick={resetDefaults}>{S.resetDefaults}</Button>
              {dirty && <span style={{ color: '#d46b08' }}>{S.unsaved}</span>}
            </Flex>
          </div>
        )}
      </Flex>
    </Form>
  );
}
