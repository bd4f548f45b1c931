import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NewTokenInput } from '@/api/mutations/account';
import { type ApiToken, ENDPOINT_SCOPES, type EndpointScope } from '@/api/types';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
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
  const id = useId();
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
        <div>
          <label htmlFor={`${id}-name`} className="block font-semibold">
            Name
          </label>
          <p id={`${id}-name-help`} className="text-sm text-muted">
            What is this token for? E.g. “GitHub Actions release workflow”.
          </p>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-required
            aria-invalid={show(errors.name) ? true : undefined}
            aria-describedby={`${id}-name-help${show(errors.name) ? ` ${id}-name-error` : ''}`}
            className="mt-1 w-full max-w-md rounded-md border border-line bg-page px-3 py-2"
          />
          {show(errors.name) && (
            <p id={`${id}-name-error`} className="mt-1 text-sm text-danger">
              {errors.name}
            </p>
          )}
        </div>

        <div>
          <label htmlFor={`${id}-expiry`} className="block font-semibold">
            Expiration
          </label>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <select
              id={`${id}-expiry`}
              value={expiry}
              onChange={(event) => setExpiry(event.target.value as ExpiryChoice)}
              aria-describedby={`${id}-expiry-help`}
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
          <p id={`${id}-expiry-help`} className="mt-1 text-sm text-muted" aria-live="polite">
            {describeExpiry(expiresAt)}
          </p>
          {show(errors.expiry) && <p className="mt-1 text-sm text-danger">{errors.expiry}</p>}
        </div>

        <fieldset aria-describedby={show(errors.scopes) ? `${id}-scopes-error` : undefined}>
          <legend className="font-semibold">Scopes</legend>
          <p className="text-sm text-muted">What the token may do. Choose only what it needs.</p>
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
          {show(errors.scopes) && (
            <p id={`${id}-scopes-error`} className="mt-1 text-sm text-danger">
              {errors.scopes}
            </p>
          )}
        </fieldset>

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
