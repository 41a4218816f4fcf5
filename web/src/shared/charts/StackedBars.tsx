import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { CHART_S } from './strings.ts';

export type BarSeries = { name: string; data: number[]; color?: string };

type ECharts = { setOption(option: unknown, notMerge?: boolean): void; resize(): void; dispose(): void };

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
  const chart = useRef<ECharts | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    import('./echarts-setup.ts')
      .then(({ echarts }) => {
        if (cancelled || !box.current) return;
        chart.current = echarts.init(box.current) as unknown as ECharts;
        setState('ready');
      })
      .catch(() => setState('failed'));
    const onResize = () => chart.current?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      cancelled = true;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (state !== 'ready' || !chart.current) return;
    chart.current.setOption(
      {
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
      },
      true,
    );
  }, [state, categories, series]);

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
