import type { Version } from '@/api/types';

export type VersionPickersProps = {
  versions: Version[];
  from: string;
  to: string;
  onChange: (from: string, to: string) => void;
};

function Picker(props: {
  id: string;
  label: string;
  value: string;
  versions: Version[];
  onChange: (value: string) => void;
}) {
  const known = props.versions.some((v) => v.num === props.value);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-sm font-medium">
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        className="rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-ink"
      >
        {!known && <option value={props.value}>{props.value} (no such version)</option>}
        {props.versions.map((v) => (
          <option key={v.id} value={v.num}>
            {v.num}
            {v.yanked ? ' (yanked)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The two versions compared; every change is a new URL. */
export function VersionPickers({ versions, from, to, onChange }: VersionPickersProps) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Picker
        id="compare-from"
        label="From version"
        value={from}
        versions={versions}
        onChange={(value) => onChange(value, to)}
      />
      <span aria-hidden className="pb-2 text-muted">
        →
      </span>
      <Picker
        id="compare-to"
        label="To version"
        value={to}
        versions={versions}
        onChange={(value) => onChange(from, value)}
      />
      <button
        type="button"
        onClick={() => onChange(to, from)}
        className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm hover:bg-surface-2"
      >
        Swap
      </button>
    </div>
  );
}
