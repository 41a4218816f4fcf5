import { Alert, Spin } from 'antd';
import { useMemo, useRef } from 'react';
import { CHART_S } from './strings.ts';
import { useECharts } from './use-echarts.ts';

export type BarSeries = { name: string; data: number[]; color?: string };

/**
 * A stacked horizontal bar chart (one bar per category, e.g. per village or per township) drawn with
 * ECharts, loaded on first use. The numbers it draws are also in the table and the .xlsx beside it:
 * the chart adds no data. `testId` marks the chart's box for browser tests.
 */
export function StackedBars({
  label,
  categories,
  series,
  testId = 'chart',
}: {
  label: string;
  categories: string[];
  series: BarSeries[];
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      // Categories top to bottom in the order given.
      yAxis: { type: 'category', data: categories, inverse: true },
      series: series.map((s) => ({
        name: s.name,
        type: 'bar',
        stack: 'total',
        data: s.data,
        ...(s.color ? { itemStyle: { color: s.color } } : {}),
        emphasis: { focus: 'series' },
      })),
    }),
    [categories, series],
  );
  const state = useECharts(box, option);

  const height = Math.max(240, categories.length * 30 + 60);
  return (
    <div>
      {state === 'failed' && <Alert type="error" title={CHART_S.failed} />}
      <Spin spinning={state === 'loading'} aria-label={CHART_S.loading}>
        <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
      </Spin>
    </div>
  );
}
