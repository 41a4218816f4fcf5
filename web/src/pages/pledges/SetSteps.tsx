import { Grid, Steps } from 'antd';
import { S } from './strings.ts';
import type { SetStatus } from './types.ts';

const STEP_OF: Record<SetStatus, number> = {
  draft: 0,
  soliciting: 1,
  committee_passed: 2,
  voting: 3,
  confirmed: 4,
  approved: 4,
  returned: 4,
};

/** 起草 → 征求意见 → 两委通过 → 群众表决 → 乡审批, with where the set stands. */
export function SetSteps({ status }: { status: SetStatus | null }) {
  const isPhone = !Grid.useBreakpoint().md;
  const current = status ? STEP_OF[status] : 0;
  const stepStatus = status === 'approved' ? 'finish' : status === 'returned' ? 'error' : 'process';
  return (
    <Steps
      size="small"
      orientation={isPhone ? 'vertical' : 'horizontal'}
      current={current}
      status={stepStatus}
      data-testid="set-steps"
      items={S.steps.map((title, i) => ({
        title: i === 4 && status === 'returned' ? S.returnedStep : title,
        content: S.stepHints[i],
      }))}
    />
  );
}
