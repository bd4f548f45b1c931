import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { sessionMutations } from '@/api/mutations/session';
import { LoginButton } from '@/components/auth/login-button';
import { Spinner } from '@/components/ui/spinner';
import { readOAuthCallback } from '@/lib/list-params';
import { takePendingLogin } from '@/lib/login-flow';

/**
 * `/github-redirect.html`: where GitHub sends the browser back with `code` and
 * `state`. Checks the state against the one this tab started with, completes
 * the login, and returns to the page the user was on.
 */
export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const authorize = useMutation(sessionMutations.authorize(queryClient));
  const [problem, setProblem] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const pending = takePendingLogin();
    const { code, state, error } = readOAuthCallback(params);
    if (error) {
      setProblem(
        error.code === 'access_denied'
          ? 'Login was cancelled on GitHub.'
          : `GitHub refused the login: ${error.description ?? error.code}`,
      );
      return;
    }
    if (!pending || !code || !state || state !== pending.state) {
      setProblem('This login link is not valid any more. Please start the login again.');
      return;
    }
    authorize.mutate(
      { code, state },
      {
        onSuccess: () => navigate(pending.returnTo, { replace: true }),
        onError: (error) => setProblem(`Failed to log in: ${error.message}`),
      },
    );
  }, [authorize, navigate, params]);

  return (
    <section aria-labelledby="login-title" className="mx-auto max-w-md py-12 text-center">
      <title>Logging in - crates.io: Rust Package Registry</title>
      <h1 id="login-title" className="text-2xl font-bold">
        {problem ? 'Login failed' : 'Logging in…'}
      </h1>
      {problem ? (
        <div className="mt-4 space-y-4">
          <p role="alert">{problem}</p>
          <LoginButton returnTo="/">Try logging in again</LoginButton>
        </div>
      ) : (
        <p className="mt-4 flex items-center justify-center gap-2 text-muted">
          <Spinner label="Completing login" /> Completing the login with GitHub…
        </p>
      )}
    </section>
  );
}
