import { Tag } from 'antd';
import type { Phase } from '../api/types.ts';

const COLORS: Record<Phase, string> = {
  setup: 'default',
  pledging: 'blue',
  fulfilment: 'cyan',
  evaluation: 'orange',
  sanctions: 'purple',
  archived: 'green',
};

/** A campaign's phase as a coloured tag: `<PhaseTag phase={c.phase} label={c.phaseLabel} />`. */
export function PhaseTag({ phase, label }: { phase: Phase; label: string }) {
  return <Tag color={COLORS[phase]}>{label}</Tag>;
}
