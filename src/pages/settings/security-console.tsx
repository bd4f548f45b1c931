import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meQueries } from '@/api/queries/me';
import { securityQueries } from '@/api/queries/security';
import type { AuthenticatedUser } from '@/api/types';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/lib/paths';
import { CrateSecurityCard } from './crate-security-card';
import { SecuritySummary } from './security-summary';
import { TokenHygieneList } from './token-hygiene-list';

/** `/settings/security` for a logged-in user: the security posture of every crate the user owns, and their tokens. */
export function SecurityConsole({ user }: { user: AuthenticatedUser }) {
  // The loader fetched the account-wide lists.
  const crates = useSuspenseQuery(securityQueries.ownedCrates(user.id)).data.crates;
  const github = useSuspenseQuery(securityQueries.githubConfigs(user.id)).data;
  const gitlab = useSuspenseQuery(securityQueries.gitlabConfigs(user.id)).data;
  const tokens = useSuspenseQuery(meQueries.tokens()).data.api_tokens;
  const now = new Date();

  const publishers = new Map<string, number>();
  for (const c of [...github, ...gitlab]) {
    publishers.set(c.crate, (publishers.get(c.crate) ?? 0) + 1);
  }

  return (
    <div className="space-y-6">
      <title>Security - crates.io: Rust Package Registry</title>
      <h1 className="text-2xl font-bold">Security</h1>
      <p className="text-sm text-muted">
        Who and what can publish your crates. Trusted publishing lets a CI workflow publish without
        a long-lived API token, so a stolen token cannot publish a malicious release.
      </p>
      <ReadOnlyNotice />
      <SecuritySummary crates={crates} publishers={publishers} tokens={tokens} now={now} />

      <section aria-labelledby="crates-title" className="space-y-3">
        <h2 id="crates-title" className="text-xl font-semibold">
          Your crates
        </h2>
        {crates.length === 0 ? (
          <EmptyState title="You do not own any crates yet.">
            Crates you publish or are invited to own will show here.
          </EmptyState>
        ) : (
          crates.map((crate) => (
            <CrateSecurityCard
              key={crate.id}
              crate={crate}
              github={github.filter((c) => c.crate === crate.name)}
              gitlab={gitlab.filter((c) => c.crate === crate.name)}
              login={user.login}
            />
          ))
        )}
      </section>

      <section aria-labelledby="tokens-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="tokens-title" className="text-xl font-semibold">
            API tokens
          </h2>
          <Link className="link text-sm" to={paths.tokens()}>
            All tokens
          </Link>
        </div>
        {tokens.length === 0 ? (
          <EmptyState title="You have no API tokens.">
            Good: with trusted publishing you may not need any.
          </EmptyState>
        ) : (
          <TokenHygieneList tokens={tokens} now={now} />
        )}
      </section>
    </div>
  );
}
