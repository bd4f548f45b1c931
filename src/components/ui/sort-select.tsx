export type SortOption = { value: string; label: string };

export type SortSelectProps = {
  value: string;
  options: readonly SortOption[];
  onChange: (value: string) => void;
  id?: string;
};

export function SortSelect({ value, options, onChange, id = 'sort' }: SortSelectProps) {
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-muted">
        Sort by
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
