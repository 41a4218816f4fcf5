import { Alert, App, Button, Flex, Form } from 'antd';
import { useEffect, useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import type { CampaignDetail } from '../../api/types.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { ReasonField } from '../../shared/ReasonField.tsx';
import {
  GradingSection,
  PledgingSection,
  PublicitySection,
  ScoringSection,
  VotingSection,
} from './ConfigSections.tsx';
import { type ConfigFormValues, toConfig, toFormValues } from './config-form.ts';
import { saveConfig } from './queries.ts';
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

  const save = useAppMutation({
    mutationFn: (v: ConfigFormValues) =>
      saveConfig(campaign.id, { config: toConfig(v), ...(locked ? { reason: v.reason?.trim() } : {}) }),
    form,
    fieldPrefix: 'config',
    success: S.saved,
    invalidate: [keys.campaigns.all],
    onSuccess: () => {
      setDirty(false);
      form.setFieldValue('reason', undefined);
    },
  });

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
      onFinish={save.submit}
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
              <ReasonField
                label={S.reason}
                requiredMessage={S.reasonRequired}
                showCount={false}
                minRows={1}
                maxRows={3}
              />
            )}
            <Flex gap={8} wrap align="center">
              <Button type="primary" htmlType="submit" loading={save.isPending}>
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
