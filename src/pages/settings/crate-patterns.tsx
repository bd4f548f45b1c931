import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { checkCratePattern } from '@/lib/token-scopes';

export type CratePatternsProps = {
  patterns: string[];
  onChange: (patterns: string[]) => void;
  /** Empty rows are only flagged once the form was submitted. */
  showErrors: boolean;
};

/** Crate scope patterns: rows to add and remove, each checked and explained as you type. */
export function CratePatterns({ patterns, onChange, showErrors }: CratePatternsProps) {
  const id = useId();
  const update = (index: number, value: string) =>
    onChange(patterns.map((p, i) => (i === index ? value : p)));
  return (
    <fieldset>
      <legend className="font-semibold">Crates</legend>
      <p className="text-sm text-muted">
        {patterns.length === 0
          ? 'The token may act on all crates you own. Add patterns to restrict it.'
          : 'The token may act only on crates matching one of these patterns (a name, or a prefix ending in *).'}
      </p>
      <ul className="mt-2 space-y-3">
        {patterns.map((pattern, index) => {
          const check = checkCratePattern(pattern);
          const flagged = !check.valid && (showErrors || pattern.trim() !== '');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
            <li key={index}>
              <div className="flex items-center gap-2">
                <input
                  value={pattern}
                  onChange={(event) => update(index, event.target.value)}
                  aria-label={`Crate name pattern ${index + 1}`}
                  aria-invalid={flagged ? true : undefined}
                  aria-describedby={`${id}-${index}`}
                  placeholder="serde or serde-*"
                  className="w-full max-w-xs rounded-md border border-line bg-page px-3 py-2 font-mono"
                />
                <Button
                  size="sm"
                  onClick={() => onChange(patterns.filter((_, i) => i !== index))}
                  aria-label={`Remove pattern ${index + 1}`}
                >
                  Remove
                </Button>
              </div>
              <p
                id={`${id}-${index}`}
                className={cn(
                  'mt-1 text-sm',
                  flagged ? 'text-danger' : check.valid ? 'text-ok' : 'text-muted',
                )}
              >
                {check.valid || flagged
                  ? check.message
                  : 'Enter a crate name, or a prefix ending in *.'}
              </p>
            </li>
          );
        })}
      </ul>
      <Button size="sm" className="mt-3" onClick={() => onChange([...patterns, ''])}>
        Add pattern
      </Button>
    </fieldset>
  );
}
