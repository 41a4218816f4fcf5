import { Alert, Button, Card, Flex, Steps, Tag, Typography } from 'antd';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { CASE_STEP_LABELS, CASE_STEPS } from '../../../../server/domain/sanctions/due-process.ts';
import { RecallSection } from './RecallSection.tsx';
import { S } from './strings.ts';
import type { RemovalCase } from './types.ts';

/** One removal case: its measures, the four due-process steps as recorded, and the next step's button. */
export function CaseCard({
  item,
  onStep,
  onPropose,
}: {
  item: RemovalCase;
  onStep: (c: RemovalCase) => void;
  onPropose: (c: RemovalCase) => void;
}) {
  const done = item.steps.length;
  return (
    <Card
      size="small"
      data-testid="removal-case"
      data-name={item.name}
      title={`${item.name}（${item.villageName}）`}
      extra={item.closed ? <Tag color="green">{S.caseClosed}</Tag> : <Tag>{S.stepsDone(done)}</Tag>}
    >
      <Flex vertical gap={8}>
        <Flex gap={4} wrap>
          <Tag color="red">{S.years(item.years[0], item.years[1])}</Tag>
          {item.measures.map((m) => (
            <Tag key={m} color="volcano">
              {m}
            </Tag>
          ))}
        </Flex>
        {item.officeEndsByLaw ? <Alert type="warning" showIcon message={S.officeEnds} /> : null}
        <Steps
          size="small"
          current={done}
          direction="vertical"
          items={CASE_STEPS.map((step) => {
            const record = item.steps.find((s) => s.step === step);
            return {
              title: record
                ? `${CASE_STEP_LABELS[step]} · ${formatLocalDate(record.on)}`
                : CASE_STEP_LABELS[step],
              description: record ? (
                <Flex vertical>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{record.text}</Typography.Text>
                  <Typography.Text type="secondary">{S.recordedBy(record.recordedBy)}</Typography.Text>
                </Flex>
              ) : undefined,
            };
          })}
        />
        {item.recall ? <RecallSection item={item} onPropose={onPropose} /> : null}
        {item.nextStep && item.allowedActions.includes('record') ? (
          <Button type="primary" onClick={() => onStep(item)} style={{ alignSelf: 'flex-start' }}>
            {S.nextStep(CASE_STEP_LABELS[item.nextStep])}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
