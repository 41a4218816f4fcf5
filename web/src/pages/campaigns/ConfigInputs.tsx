import { Flex, InputNumber, Typography } from 'antd';
import { CONFIG_S } from './strings.ts';

type Part = { key: string; label: string };

/** Several numbers edited as one value (weights, option scores); shows their sum when asked. */
export function NumberGroupInput({
  parts,
  value,
  onChange,
  showSum,
  disabled,
  id,
}: {
  parts: Part[];
  value?: Record<string, number>;
  onChange?: (value: Record<string, number>) => void;
  showSum?: boolean;
  disabled?: boolean;
  id?: string;
}) {
  const current = value ?? {};
  const sum = parts.reduce((s, p) => s + (current[p.key] ?? 0), 0);
  return (
    <Flex gap={8} wrap align="center" id={id}>
      {parts.map((p) => (
        <InputNumber
          key={p.key}
          aria-label={p.label}
          prefix={<span style={{ color: '#666' }}>{p.label}</span>}
          min={0}
          max={100}
          precision={0}
          disabled={disabled}
          value={current[p.key]}
          onChange={(n) => onChange?.({ ...current, [p.key]: n ?? 0 })}
          style={{ width: 200 }}
        />
      ))}
      {showSum && (
        <Typography.Text type={sum === 100 ? 'secondary' : 'danger'}>{CONFIG_S.sum(sum)}</Typography.Text>
      )}
    </Flex>
  );
}

/** One pay coefficient per grade label. */
export function PayCoefficientsInput({
  labels,
  value,
  onChange,
  disabled,
  id,
}: {
  labels: string[];
  value?: Record<string, number>;
  onChange?: (value: Record<string, number>) => void;
  disabled?: boolean;
  id?: string;
}) {
  const current = value ?? {};
  return (
    <Flex gap={8} wrap id={id}>
      {labels.map((label) => (
        <InputNumber
          key={label}
          aria-label={label}
          prefix={<span style={{ color: '#666' }}>{label}</span>}
          min={0}
          max={5}
          step={0.1}
          precision={2}
          disabled={disabled}
          value={current[label]}
          onChange={(n) => {
            const next = { ...current };
            if (n === null) delete next[label];
            else next[label] = n;
            onChange?.(next);
          }}
          style={{ width: 180 }}
        />
      ))}
    </Flex>
  );
}
