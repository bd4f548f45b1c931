import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { FormFieldset } from '@/components/ui/form-fieldset';
import { checkCratePattern } from '@/lib/token-scopes';

export type CratePatternsProps = {
  patterns: string[];
  onChange: (patterns: string[]) => void;
  /** Empty rows are only flagged once the form was submitted. */
  showErrors: boolean;
};

/** Crate scope patterns: rows to add and remove, each checked and explained as you type. */
export function CratePatterns({ patterns, onChange, showErrors }: CratePatternsProps) {
  const update = (index: number, value: string) =>
    onChange(patterns.map((p, i) => (i === index ? value : p)));
  return (
    <FormFieldset
      legend="Crates"
      hint={
        patterns.length === 0
          ? 'The token may act on all crates you own. Add patterns to restrict it.'
          : 'The token may act only on crates matching one of these patterns (a name, or a prefix ending in *).'
      }
    >
      <ul className="mt-2 space-y-3">
        {patterns.map((pattern, index) => {
          const check = checkCratePattern(pattern);
          const flagged = !check.valid && (showErrors || pattern.trim() !== '');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
            <li key={index}>
              <FormField
                label={`Crate name pattern ${index + 1}`}
                labelHidden
                hint={
                  flagged ? null : (
                    <span className={check.valid ? 'text-ok' : undefined}>
                      {check.valid ? check.message : 'Enter a crate name, or a prefix ending in *.'}
                    </span>
                  )
                }
                hintPosition="after"
                error={flagged ? check.message : null}
              >
                {(control) => (
                  <div className="flex items-center gap-2">
                    <input
                      {...control}
                      value={pattern}
                      onChange={(event) => update(index, event.target.value)}
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
                )}
              </FormField>
            </li>
          );
        })}
      </ul>
      <Button size="sm" className="mt-3" onClick={() => onChange([...patterns, ''])}>
        Add pattern
      </Button>
    </FormFieldset>
  );
}
