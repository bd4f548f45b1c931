import { useId } from 'react';
import { DEPENDENCY_KINDS, type DependentsFilter } from '@/lib/list-params';

type Props = { filter: DependentsFilter; onChange: (filter: DependentsFilter) => void };

const selectClass = 'rounded-md border border-line bg-surface px-2 py-1.5 text-ink';

/** Kind and optional filters of the dependents; the page keeps them in the URL. */
export function DependentsFilters({ filter, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="mb-4 flex flex-wrap items-center gap-4 text-sm">
      <legend className="sr-only">Filter dependents</legend>
      <span className="flex items-center gap-2">
        <label htmlFor={`${id}-kind`} className="text-muted">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          value={filter.kind ?? ''}
          onChange={(e) =>
            onChange({
              ...filter,
              kind: DEPENDENCY_KINDS.find((k) => k === e.target.value) ?? null,
            })
          }
          className={selectClass}
        >
          <option value="">Any</option>
          <option value="normal">Normal</option>
          <option value="dev">Dev</option>
          <option value="build">Build</option>
        </select>
      </span>
      <span className="flex items-center gap-2">
        <label htmlFor={`${id}-optional`} className="text-muted">
          Optional
        </label>
        <select
          id={`${id}-optional`}
          value={filter.optional === null ? '' : String(filter.optional)}
          onChange={(e) =>
            onChange({
              ...filter,
              optional: e.target.value === '' ? null : e.target.value === 'true',
            })
          }
          className={selectClass}
        >
          <option value="">Any</option>
          <option value="true">Optional only</option>
          <option value="false">Required only</option>
        </select>
      </span>
    </fieldset>
  );
}
