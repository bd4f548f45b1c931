import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { NewTokenInput } from '@/api/mutations/account';
import { type ApiToken, ENDPOINT_SCOPES, type EndpointScope } from '@/api/types';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { FormField, fieldInputClass } from '@/components/ui/form-field';
import { FormFieldset } from '@/components/ui/form-fieldset';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';
import {
  checkCratePattern,
  describeExpiry,
  EXPIRY_OPTIONS,
  type ExpiryChoice,
  expiryFor,
  SCOPE_DESCRIPTIONS,
} from '@/lib/token-scopes';
import { CratePatterns } from './crate-patterns';

export type NewTokenFormProps = {
  template?: ApiToken;
  submitting: boolean;
  error: Error | null;
  onSubmit: (input: NewTokenInput) => void;
};

export function NewTokenForm({ template, submitting, error, onSubmit }: NewTokenFormProps) {
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const [name, setName] = useState(template?.name ?? '');
  const [expiry, setExpiry] = useState<ExpiryChoice>('90');
  const [customDate, setCustomDate] = useState('');
  const [scopes, setScopes] = useState<EndpointScope[]>(template?.endpoint_scopes ?? []);
  const [patterns, setPatterns] = useState<string[]>(template?.crate_scopes ?? []);
  const [submitted, setSubmitted] = useState(false);

  const expiresAt = expiryFor(expiry, new Date(), customDate);
  const errors = {
    name: name.trim() === '' ? 'Please enter a name for this token.' : null,
    scopes: scopes.length === 0 ? 'Please select at least one token scope.' : null,
    expiry: expiresAt === undefined ? 'Please choose an expiry date in the future.' : null,
    patterns: patterns.some((p) => !checkCratePattern(p).valid),
  };
  const show = (message: string | null) => (submitted ? message : null);

  return (
    <form
      noValidate
      aria-label="New API token"
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (
          errors.name ||
          errors.scopes ||
          errors.expiry ||
          errors.patterns ||
          expiresAt === undefined
        )
          return;
        onSubmit({
          name: name.trim(),
          endpoint_scopes: scopes,
          crate_scopes: patterns.length > 0 ? patterns.map((p) => p.trim()) : null,
          expired_at: expiresAt?.toISOString() ?? null,
        });
      }}
    >
      <fieldset disabled={submitting} className="space-y-6">
        <FormField
          label="Name"
          hint="What is this token for? E.g. “GitHub Actions release workflow”."
          error={show(errors.name)}
          required
        >
          {(control) => (
            <input
              {...control}
              value={name}
              onChange={(event) => setName(event.target.value)}
              className={cn(fieldInputClass, 'max-w-md')}
            />
          )}
        </FormField>

        <FormField
          label="Expiration"
          hint={<span aria-live="polite">{describeExpiry(expiresAt)}</span>}
          hintPosition="after"
          error={show(errors.expiry)}
        >
          {(control) => (
            <div className="mt-1 flex flex-wrap items-center gap-3">
              <select
                {...control}
                value={expiry}
                onChange={(event) => setExpiry(event.target.value as ExpiryChoice)}
                className="rounded-md border border-line bg-page px-3 py-2"
              >
                {EXPIRY_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              {expiry === 'custom' && (
                <label className="flex items-center gap-2 text-sm">
                  Date
                  <input
                    type="date"
                    value={customDate}
                    onChange={(event) => setCustomDate(event.target.value)}
                    required
                    className="rounded-md border border-line bg-page px-3 py-2"
                  />
                </label>
              )}
            </div>
          )}
        </FormField>

        <FormFieldset
          legend="Scopes"
          hint="What the token may do. Choose only what it needs."
          error={show(errors.scopes)}
        >
          <ul className="mt-2 space-y-2">
            {ENDPOINT_SCOPES.map((scope) => (
              <li key={scope}>
                <label className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    checked={scopes.includes(scope)}
                    onChange={(event) =>
                      setScopes((current) =>
                        event.target.checked
                          ? [...current, scope]
                          : current.filter((s) => s !== scope),
                      )
                    }
                    className="mt-1 size-4 accent-accent"
                  />
                  <span>
                    <code className="font-mono font-semibold">{scope}</code>
                    <span className="block text-sm text-muted">{SCOPE_DESCRIPTIONS[scope]}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </FormFieldset>

        <CratePatterns patterns={patterns} onChange={setPatterns} showErrors={submitted} />
      </fieldset>

      {error && (
        <p role="alert" className="rounded-md bg-danger-soft p-3 text-sm">
          An error occurred while generating your API token: {error.message}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" busy={submitting} disabled={readOnly}>
          Generate Token
        </Button>
        <Button onClick={() => navigate(paths.tokens())} disabled={submitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
