import { type RefObject, useEffect, useRef, useState } from 'react';

type ECharts = { setOption(option: unknown, notMerge?: boolean): void; resize(): void; dispose(): void };
export type ChartState = 'loading' | 'ready' | 'failed';

/**
 * ECharts on a box, loaded on first use, redrawn with `option` whenever it changes and resized with
 * its box (not only the window: a card's width changes as the page around it loads, the sidebar
 * folds or a phone turns).
 */
export function useECharts(box: RefObject<HTMLDivElement | null>, option: unknown): ChartState {
  const chart = useRef<ECharts | null>(null);
  const [state, setState] = useState<ChartState>('loading');

  useEffect(() => {
    let cancelled = false;
    const observer = new ResizeObserver(() => chart.current?.resize());
    import('./echarts-setup.ts')
      .then(({ echarts }) => {
        if (cancelled || !box.current) return;
        chart.current = echarts.init(box.current) as unknown as ECharts;
        observer.observe(box.current);
        setState('ready');
      })
      .catch(() => setState('failed'));
    return () => {
      cancelled = true;
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [box]);

  useEffect(() => {
    if (state === 'ready') chart.current?.setOption(option, true);
  }, [state, option]);

  return state;
}
