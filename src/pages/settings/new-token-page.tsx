import { useQueryClient, useSuspenseQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { accountMutations } from '@/api/mutations/account';
import { meQueries } from '@/api/queries/me';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { readTokenTemplate } from '@/lib/list-params';
import { paths } from '@/lib/paths';
import { NewTokenForm } from './new-token-form';
import { TokenCreated } from './token-created';

/**
 * `/settings/tokens/new?from=<id>`. The new token's plaintext is kept in this
 * page's state only: not in the query cache (the mutation is forgotten at once),
 * not in the URL or storage. Leaving the page drops it.
 */
export function Component() {
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const from = readTokenTemplate(params);
  // The loader ensured the template (or showed the page's error): read without waiting.
  const [template] = useSuspenseQueries({
    queries: from === null ? ([] as ReturnType<typeof meQueries.token>[]) : [meQueries.token(from)],
  });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const create = useGuardedMutation({ ...accountMutations.createToken(queryClient), gcTime: 0 });

  return (
    <div className="space-y-6">
      <title>New API Token - crates.io: Rust Package Registry</title>
      <h1 className="text-2xl font-bold">{created ? 'Your new API token' : 'New API Token'}</h1>
      {created ? (
        <TokenCreated name={created.name} token={created.token} />
      ) : (
        <>
          {template && (
            <p className="rounded-md bg-surface-2 p-3 text-sm">
              Pre-filled from the token “{template.data.api_token.name}”. The new token is separate:
              revoke the old one on the{' '}
              <Link className="link" to={paths.tokens()}>
                tokens page
              </Link>{' '}
              once you have replaced it.
            </p>
          )}
          <NewTokenForm
            key={template?.data.api_token.id ?? 'blank'}
            template={template?.data.api_token}
            submitting={create.isPending}
            error={create.error}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: ({ api_token }) => {
                  setCreated({ name: api_token.name, token: api_token.token });
                  create.reset();
                },
              })
            }
          />
        </>
      )}
    </div>
  );
}
