import { Link } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import { paths } from '@/lib/paths';

export type TokenCreatedProps = { name: string; token: string };

/** The plaintext token, shown once. */
export function TokenCreated({ name, token }: TokenCreatedProps) {
  return (
    <section aria-labelledby="created-title" className="space-y-4 rounded-lg bg-ok-soft p-5">
      <h2 id="created-title" className="font-semibold text-ok">
        The token “{name}” was created.
      </h2>
      <p role="alert" className="font-medium">
        Make sure to copy your API token now. You won’t be able to see it again!
      </p>
      <div className="flex items-center gap-2 rounded-md bg-surface p-3 ring-1 ring-line">
        <code data-testid="new-token" className="min-w-0 flex-1 font-mono text-sm break-all">
          {token}
        </code>
        <CopyButton text={token} label="Copy the new API token" />
      </div>
      <p className="text-sm">
        Use it with <code className="font-mono">cargo login</code>, or as{' '}
        <code className="font-mono">CARGO_REGISTRY_TOKEN</code> in CI. Keep it secret, like a
        password.
      </p>
      <Link className="link" to={paths.tokens()}>
        Back to your tokens
      </Link>
    </section>
  );
}
