// Which of a user's API tokens deserve attention, and why.
import { type ApiToken, ENDPOINT_SCOPES } from '@/api/types';
import { canonicalCrateName } from './crate-name';

const DAY = 86_400_000;
export const UNUSED_DAYS = 90;

export type TokenFlag = 'expired' | 'never-expires' | 'all-crates' | 'all-endpoints' | 'unused';

export const FLAG_LABELS: Record<TokenFlag, string> = {
  expired: 'Expired',
  'never-expires': 'Never expires',
  'all-crates': 'No crate scope',
  'all-endpoints': 'Every endpoint scope',
  unused: `Unused for ${UNUSED_DAYS} days`,
};

export const isExpired = (token: ApiToken, now: Date) =>
  Boolean(token.expired_at) && Date.parse(token.expired_at ?? '') <= now.getTime();

/** The flags of one token, most serious first. Expired tokens only say so. */
export function tokenFlags(token: ApiToken, now: Date): TokenFlag[] {
  if (isExpired(token, now)) return ['expired'];
  const flags: TokenFlag[] = [];
  if (!token.expired_at) flags.push('never-expires');
  if (!token.crate_scopes?.length) flags.push('all-crates');
  // No endpoint scopes is the legacy token: it can do everything.
  const scopes = token.endpoint_scopes ?? ENDPOINT_SCOPES;
  if (ENDPOINT_SCOPES.every((scope) => scopes.includes(scope))) flags.push('all-endpoints');
  const lastActivity = Date.parse(token.last_used_at ?? token.created_at);
  if (now.getTime() - lastActivity >= UNUSED_DAYS * DAY) flags.push('unused');
  return flags;
}

/** Whether every crate scope of a token names exactly this crate (no patterns, no others). */
export function coversOnlyCrate(token: ApiToken, crate: string) {
  const scopes = token.crate_scopes ?? [];
  const name = canonicalCrateName(crate);
  return scopes.length > 0 && scopes.every((scope) => canonicalCrateName(scope) === name);
}

/** Every token with its flags, the most flagged first (then by name). */
export function rankTokens(tokens: readonly ApiToken[], now: Date) {
  return tokens
    .map((token) => ({ token, flags: tokenFlags(token, now) }))
    .sort((a, b) => b.flags.length - a.flags.length || a.token.name.localeCompare(b.token.name));
}
