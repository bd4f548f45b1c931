import { useEffect, useRef, useState } from 'react';
import { CHART_KEYS_HELP, type ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { LazyDownloadChart, loadDownloadChart } from './lazy-download-chart';
import { SHARE_TICKS, tickDays } from './share-bands';
import { StaticShareChart } from './static-share-chart';

/** The days the drawing labels at the current width (its breakpoints are Tailwind's). */
function labelledDates(data: ChartData): string[] {
  const count = matchMedia('(min-width: 64rem)').matches
    ? SHARE_TICKS.lg
    : matchMedia('(min-width: 40rem)').matches
      ? SHARE_TICKS.sm
      : SHARE_TICKS.base;
  return tickDays(data.rows.length, count).flatMap((day) => data.rows[day]?.date ?? []);
}

export type ShareChartProps = { data: ChartData; title: string };

/**
 * A 100 %-stacked share chart: first a static drawing (plain SVG), and recharts
 * (about 120 KB gzip, and on a phone about a second of main thread to load and
 * mount) only once the user reaches for the chart: a pointer over it, a touch,
 * or keyboard focus. Recharts then takes the drawing's place without animating
 * (it shows the same shapes), and keeps the keyboard focus if the drawing had it.
 */
export function ShareChart({ data, title }: ShareChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const drawing = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<{ width: number; height: number; ticks: string[] } | null>(null);
  const [refocus, setRefocus] = useState(false);
  const wanted = useRef(false);

  const want = () => {
    if (wanted.current) return;
    wanted.current = true;
    // Rendered once the code is here (a failed load shows the chart's own error).
    const start = () => {
      const rect = box.current?.getBoundingClientRect();
      setRefocus(document.activeElement === drawing.current);
      setLive({ width: rect?.width ?? 0, height: rect?.height ?? 0, ticks: labelledDates(data) });
    };
    loadDownloadChart().then(start, start);
  };

  // Recharts draws its focusable surface a render or two after mounting.
  useEffect(() => {
    if (!live || !refocus) return;
    let frame = 0;
    let tries = 0;
    const find = () => {
      const surface = box.current?.querySelector<SVGElement>('svg[role="application"]');
      if (surface) surface.focus();
      else if (tries++ < 60) frame = requestAnimationFrame(find);
    };
    find();
    return () => cancelAnimationFrame(frame);
  }, [live, refocus]);

  const picture = (
    <StaticShareChart data={data} title={title} desc={CHART_KEYS_HELP} ref={drawing} />
  );
  return (
    <ChartFrame>
      {/* Not controls: a pointer or the focus arriving only starts loading the chart. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: see above */}
      {/* biome-ignore lint/a11y/noNoninteractiveElementInteractions: see above */}
      <div ref={box} className="size-full" onPointerEnter={want} onFocus={want}>
        {live ? (
          <LazyDownloadChart
            data={data}
            mode="stacked"
            percent
            title={title}
            animate={false}
            initialSize={live.width > 0 ? { width: live.width, height: live.height } : undefined}
            xTicks={live.ticks}
            fallback={picture}
          />
        ) : (
          picture
        )}
      </div>
    </ChartFrame>
  );
}
