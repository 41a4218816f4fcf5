import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { saveDraft, submitReport } from './queries.ts';
import { S } from './strings.ts';
import type { Report, ReportContent } from './types.ts';

const SECTIONS = [
  { name: 'duties', label: S.duties, hint: S.dutiesHint },
  { name: 'selfBuilding', label: S.selfBuilding, hint: S.selfBuildingHint },
  { name: 'problemsAndPlans', label: S.problemsAndPlans, hint: S.problemsHint },
] as const;

/**
 * The report's form, phone first: one card per section, each pledge's statement prefilled and
 * editable; 保存草稿 keeps what is written, 提交 sends it for good (after a confirmation).
 */
export function ReportForm({ report }: { report: Report }) {
  const [form] = Form.useForm<ReportContent>();
  const id = report.participant.id;
  const invalidate = [keys.reports.all];
  const save = useAppMutation<ReportContent, Report>({
    mutationFn: (v) => saveDraft(id, { ...report.content, ...v, pledges: merge(report, v) }),
    form,
    success: S.saved,
    invalidate,
  });
  const submit = useAppMutation<ReportContent, Report>({
    mutationFn: (v) => submitReport(id, { ...report.content, ...v, pledges: merge(report, v) }),
    form,
    success: S.submittedOk,
    invalidate,
    onSuccess: () => window.scrollTo({ top: 0 }),
  });
  const busy = save.isPending || submit.isPending;
  const { statement, section } = report.limits;
  return (
    <Form<ReportContent> form={form} name="report" layout="vertical" initialValues={report.content}>
      <Flex vertical gap={12}>
        <Card size="small" title={S.pledgesSection}>
          <Typography.Paragraph type="secondary">{S.pledgesHint}</Typography.Paragraph>
          <Form.List name="pledges">
            {(fields) =>
              fields.map((field, i) => {
                const pledge = report.pledges[i];
                const title = report.content.pledges[i]?.title ?? pledge?.title ?? '';
                return (
                  <Form.Item
                    key={field.key}
                    name={[field.name, 'statement']}
                    label={S.pledgeLabel(i, title)}
                    extra={
                      pledge?.latest
                        ? S.latest(pledge.latest.statusLabel, pledge.latest.percent, pledge.latest.reportDate)
                        : S.noProgress
                    }
                  >
                    <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={statement} showCount />
                  </Form.Item>
                );
              })
            }
          </Form.List>
        </Card>
        {SECTIONS.map((s) => (
          <Card key={s.name} size="small" title={s.label}>
            <Form.Item name={s.name} extra={s.hint} style={{ marginBottom: 0 }}>
              <Input.TextArea
                aria-label={s.label}
                autoSize={{ minRows: 4, maxRows: 16 }}
                maxLength={section}
                showCount
              />
            </Form.Item>
          </Card>
        ))}
        <Flex gap={8} wrap>
          {report.allowedActions.includes('save') && (
            <Button
              size="large"
              loading={save.isPending}
              disabled={busy}
              onClick={() => void save.submit(form.getFieldsValue(true))}
            >
              {S.saveDraft}
            </Button>
          )}
          {report.allowedActions.includes('submit') && (
            <Button
              type="primary"
              size="large"
              loading={submit.isPending}
              disabled={busy}
              style={{ flex: 1, minWidth: 140 }}
              onClick={() =>
                submit.confirm(form.getFieldsValue(true), {
                  title: S.confirmSubmit,
                  content: S.confirmSubmitText,
                  okText: S.submit,
                })
              }
            >
              {S.submit}
            </Button>
          )}
        </Flex>
      </Flex>
    </Form>
  );
}

/** The form's statements with each pledge's id (the list keeps only what its items hold). */
function merge(report: Report, v: Partial<ReportContent>): ReportContent['pledges'] {
  return report.content.pledges.map((p, i) => ({
    ...p,
    statement: v.pledges?.[i]?.statement ?? p.statement,
  }));
}
