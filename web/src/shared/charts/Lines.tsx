import { Alert, Spin } from 'antd';
import { useMemo, useRef } from 'react';
import { CHART_S } from './strings.ts';
import { useECharts } from './use-echarts.ts';

/** One line; a null value leaves a gap. */
export type LineSeries = { name: string; data: (number | null)[]; color?: string };

/**
 * A line chart over categories (years), drawn with ECharts loaded on first use. Like StackedBars it
 * adds no data: the same numbers are in the table beside it. `unit` follows every value ('%', '分').
 */
export function Lines({
  label,
  categories,
  series,
  unit = '',
  min,
  max,
  height = 260,
  testId = 'chart',
}: {
  label: string;
  categories: string[];
  series: LineSeries[];
  unit?: string;
  min?: number;
  max?: number;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v === null ? '—' : `${v}${unit}`),
      },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      // Every year labelled, even on a phone (ECharts would drop one that overlaps).
      xAxis: {
        type: 'category',
        data: categories,
        boundaryGap: categories.length < 3,
        axisLabel: { interval: 0 },
      },
      yAxis: { type: 'value', min, max, axisLabel: { formatter: `{value}${unit}` } },
      series: series.map((s) => ({
        name: s.name,
        type: 'line',
        data: s.data,
        connectNulls: false,
        symbolSize: 8,
        label: { show: series.length <= 3, formatter: `{c}${unit}` },
        ...(s.color ? { itemStyle: { color: s.color }, lineStyle: { color: s.color } } : {}),
      })),
    }),
    [categories, series, unit, min, max],
  );
  const state = useECharts(box, option);

  return (
    <div>
      {state === 'failed' && <Alert type="error" title={CHART_S.failed} />}
      <Spin spinning={state === 'loading'} aria-label={CHART_S.loading}>
        <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
      </Spin>
    </div>
  );
}
