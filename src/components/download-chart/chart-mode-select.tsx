import { useId } from 'react';
import type { ChartMode } from './use-chart-mode';

export type ChartModeSelectProps = { value: ChartMode; onChange: (mode: ChartMode) => void };

export function ChartModeSelect({ value, onChange }: ChartModeSelectProps) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        Display as
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as ChartMode)}
        className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
      >
        <option value="stacked">Stacked</option>
        <option value="unstacked">Unstacked</option>
      </select>
    </div>
  );
}
