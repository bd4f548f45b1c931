import type { ApiToken } from '@/api/types';
import { FLAG_LABELS, isExpired, rankTokens } from '@/lib/token-hygiene';
import { TokenRow } from './token-row';

export type TokenHygieneListProps = { tokens: ApiToken[]; now: Date };

/** Tokens that need attention, each with its flags, revoke and regenerate. */
export function TokenHygieneList({ tokens, now }: TokenHygieneListProps) {
  const rows = rankTokens(tokens, now);
  const flagged = rows.filter((r) => r.flags.length > 0);
  const clean = rows.filter((r) => r.flags.length === 0);
  return (
    <div className="space-y-3">
      {flagged.length === 0 ? (
        <p className="rounded-lg bg-surface p-4 text-sm ring-1 ring-line">
          None of your tokens needs attention.
        </p>
      ) : (
        <ul aria-label="Tokens that need attention" className="space-y-3">
          {flagged.map(({ token, flags }) => (
            <li key={token.id}>
              <TokenRow token={token} expired={isExpired(token, now)} level={3}>
                <ul aria-label={`Problems of ${token.name}`} className="flex flex-wrap gap-1 pt-1">
                  {flags.map((flag) => (
                    <li
                      key={flag}
                      className="rounded bg-warn-soft px-1.5 py-0.5 text-xs font-semibold text-ink"
                    >
                      {FLAG_LABELS[flag]}
                    </li>
                  ))}
                </ul>
              </TokenRow>
            </li>
          ))}
        </ul>
      )}
      {clean.length > 0 && (
        <p className="text-sm text-muted">
          No problems with: {clean.map((r) => r.token.name).join(', ')}.
        </p>
      )}
    </div>
  );
}
