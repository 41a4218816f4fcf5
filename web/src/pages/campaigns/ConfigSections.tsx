import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { LETTER_DUE_DAYS_RANGE } from '../../../../server/domain/campaign-config.ts';
import { NumberGroupInput, PayCoefficientsInput } from './ConfigInputs.tsx';
import { gradeLabels } from './config-form.ts';
import { CONFIG_S as S } from './strings.ts';

const req = [{ required: true, message: S.required }];
const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 12, xl: 8 };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title}>
      <Row gutter={16}>{children}</Row>
    </Card>
  );
}

export function PledgingSection({ year }: { year: number }) {
  return (
    <Section title={S.groups.pledging}>
      <Col {...third}>
        <Form.Item name="minItemsPerPerson" label={S.minItemsPerPerson} extra={S.minItemsHint} rules={req}>
          <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name="dualPostMinimum" label={S.dualPostMinimum} rules={req}>
          <Radio.Group
            options={[
              { value: 'once', label: S.dualOnce },
              { value: 'twice', label: S.dualTwice },
            ]}
          />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name="commitmentDeadline" label={S.commitmentDeadline} rules={req}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.year() !== year} />
        </Form.Item>
      </Col>
      <Col xs={24} xl={16}>
        <Form.Item name="categories" label={S.categories} extra={S.categoriesHint} rules={req}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name="overlapThreshold" label={S.overlapThreshold} extra={S.overlapHint} rules={req}>
          <InputNumber min={10} max={100} step={5} suffix="%" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Section>
  );
}

export function VotingSection() {
  return (
    <Section title={S.groups.voting}>
      <Col {...half}>
        <Form.Item name="voteDenominator" label={S.voteDenominator} rules={req}>
          <Select
            options={[
              { value: 'valid', label: S.denomValid },
              { value: 'cast', label: S.denomCast },
              { value: 'attendees', label: S.denomAttendees },
            ]}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="quorumPreset" label={S.quorumPreset} rules={req}>
          <Select
            options={[
              { value: 'law2018', label: S.quorum2018 },
              { value: 'law2025', label: S.quorum2025 },
            ]}
          />
        </Form.Item>
      </Col>
    </Section>
  );
}

function SubCriteriaList({ disabled }: { disabled: boolean }) {
  return (
    <Form.List name="jurySubCriteria">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={S.jurySubCriteria}>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap style={{ marginBottom: 4 }}>
              <Form.Item name={[field.name, 'name']} rules={req} style={{ marginBottom: 4 }}>
                <Input placeholder={S.subName} maxLength={40} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'maxScore']} rules={req} style={{ marginBottom: 4 }}>
                <InputNumber placeholder={S.subMax} min={1} max={100} precision={0} style={{ width: 110 }} />
              </Form.Item>
              {!disabled && (
                <Button icon={<DeleteOutlined />} aria-label={S.remove} onClick={() => remove(field.name)} />
              )}
            </Space>
          ))}
          {!disabled && fields.length < 10 && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', maxScore: 20 })}>
              {S.addSub}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

export function ScoringSection({ disabled }: { disabled: boolean }) {
  return (
    <Section title={S.groups.scoring}>
      <Col span={24}>
        <Form.Item name="evaluationScores" label={S.evaluationScores} rules={req}>
          <NumberGroupInput
            parts={[
              { key: 'satisfied', label: S.satisfied },
              { key: 'basicallySatisfied', label: S.basicallySatisfied },
              { key: 'unsatisfied', label: S.unsatisfied },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="compositeWeights" label={S.compositeWeights} rules={req}>
          <NumberGroupInput
            showSum
            parts={[
              { key: 'village', label: S.village },
              { key: 'jury', label: S.jury },
              { key: 'inspection', label: S.inspection },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="inspectionWeights" label={S.inspectionWeights} rules={req}>
          <NumberGroupInput
            showSum
            parts={[
              { key: 'progress', label: S.progress },
              { key: 'recognition', label: S.recognition },
            ]}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="juryTrimMinScores" label={S.juryTrimMinScores} rules={req}>
          <InputNumber min={3} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="juryMissingPolicy" label={S.juryMissingPolicy} rules={req}>
          <Select
            options={[
              { value: 'leave_out', label: S.missingLeaveOut },
              { value: 'wait', label: S.missingWait },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <SubCriteriaList disabled={disabled} />
      </Col>
    </Section>
  );
}

function GradesList({ disabled }: { disabled: boolean }) {
  return (
    <Form.List name="grades">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={S.grades} required>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap style={{ marginBottom: 4 }}>
              <Form.Item name={[field.name, 'label']} rules={req} style={{ marginBottom: 4 }}>
                <Input placeholder={S.gradeLabel} maxLength={20} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'minScore']} rules={req} style={{ marginBottom: 4 }}>
                <InputNumber
                  prefix="≥"
                  placeholder={S.gradeMin}
                  min={0}
                  max={100}
                  precision={0}
                  style={{ width: 120 }}
                />
              </Form.Item>
              {!disabled && fields.length > 1 && (
                <Button icon={<DeleteOutlined />} aria-label={S.remove} onClick={() => remove(field.name)} />
              )}
            </Space>
          ))}
          {!disabled && fields.length < 6 && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', minScore: 0 })}>
              {S.addGrade}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

export function GradingSection({ disabled }: { disabled: boolean }) {
  const form = Form.useFormInstance();
  const grades = Form.useWatch('grades', form) as { label?: string }[] | undefined;
  const failGrade = Form.useWatch('failGrade', form) as string | undefined;
  return (
    <Section title={S.groups.grading}>
      <Col {...half}>
        <GradesList disabled={disabled} />
      </Col>
      <Col {...half}>
        <Form.Item name="failGrade" label={S.failGrade} rules={req}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="topGradeCap" label={S.topGradeCap}>
          <InputNumber min={1} max={100} suffix="%" placeholder={S.noLimit} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="admonishUnsatisfiedShare" label={S.admonishShare}>
          <InputNumber min={1} max={100} suffix="%" placeholder={S.notUsed} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="payCoefficients" label={S.payCoefficients} extra={S.payHint}>
          <PayCoefficientsInput labels={gradeLabels(grades, failGrade)} />
        </Form.Item>
      </Col>
    </Section>
  );
}

export function PublicitySection() {
  return (
    <Section title={S.groups.publicity}>
      <Col {...half}>
        <Form.Item name="publicityDays" label={S.publicityDays} extra={S.publicityHint} rules={req}>
          <InputNumber min={1} max={60} precision={0} suffix={S.days} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="objectionDays" label={S.objectionDays} rules={req}>
          <InputNumber min={1} max={60} precision={0} suffix={S.days} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="letterDueDays" label={S.letterDueDays} extra={S.letterDueHint} rules={req}>
          <InputNumber
            min={LETTER_DUE_DAYS_RANGE.min}
            max={LETTER_DUE_DAYS_RANGE.max}
            precision={0}
            suffix={S.days}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
    </Section>
  );
}
