import { useQueryClient } from '@tanstack/react-query';
import {
  isRouteErrorResponse,
  Link,
  useLocation,
  useNavigate,
  useNavigation,
  useRouteError,
} from 'react-router';
import { isApiError } from '@/api/errors';
import { LoginButton } from '@/components/auth/login-button';
import { Button } from '@/components/ui/button';
import { plural } from '@/lib/format';
import { PageError } from '@/lib/page-error';
import { paths } from '@/lib/paths';
import { RootLayout } from './root-layout';

function describe(error: unknown): PageError {
  if (error instanceof PageError) return error;
  if (isRouteErrorResponse(error) && error.status === 404) {
    return new PageError('not-found', 'Page not found');
  }
  return new PageError(
    'failed',
    'Something went wrong',
    error instanceof Error ? error.message : null,
  );
}

/**
 * A page's code that failed to load (Chromium, Firefox and Safari word it so). Some browsers
 * keep a failed module import for the document's lifetime (Chromium 150: importing it again
 * fails at once), so trying again loads the page afresh.
 */
const isCodeLoadFailure = (error: unknown) =>
  error instanceof TypeError &&
  /dynamically imported module|module script failed/i.test(error.message);

/** The error element of every route branch: not found, log in, forbidden, or try again. */
export function RouteError({ withLayout = false }: { withLayout?: boolean }) {
  const thrown = useRouteError();
  const error = describe(thrown);
  // Rate limits and maintenance say how long to wait (Retry-After).
  const wait = isApiError(error.cause) ? error.cause.retryAfter : null;
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const tryAgain = async () => {
    if (isCodeLoadFailure(thrown)) {
      window.location.reload();
      return;
    }
    // A widget may still be retrying a request that failed with the page: the
    // loaders would join that retry. Dropping it makes them ask afresh.
    await queryClient.cancelQueries({ predicate: (query) => query.state.status === 'error' });
    // Navigating to the same URL re-runs every loader, like revalidate(); unlike
    // it, the new location resets the error boundary. A revalidation served from
    // the cache ends within one render, so the boundary never sees it "loading"
    // and keeps showing the old error.
    await navigate(location, { replace: true, preventScrollReset: true, state: location.state });
  };
  const body = (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-12 text-center">
      <title>{`${error.title} - crates.io: Rust Package Registry`}</title>
      <h1 id="error-title" className="text-2xl font-bold">
        {error.title}
      </h1>
      {error.detail && <p className="mt-3 text-muted">{error.detail}</p>}
      {error.kind === 'failed' && wait !== null && (
        <p className="mt-1 text-muted">You can try again in {plural(wait, 'second')}.</p>
      )}
      {error.link && (
        <p className="mt-3">
          <Link className="link" to={error.link.to}>
            {error.link.label}
          </Link>
        </p>
      )}
      <div className="mt-6 flex justify-center gap-3">
        {error.kind === 'login' && <LoginButton />}
        {error.kind === 'failed' && (
          <Button variant="primary" busy={navigation.state === 'loading'} onClick={tryAgain}>
            Try again
          </Button>
        )}
        {(error.kind === 'not-found' || error.kind === 'forbidden') && (
          <Button
            variant="primary"
            onClick={() => (window.history.length > 1 ? navigate(-1) : navigate(paths.home()))}
          >
            Go back
          </Button>
        )}
      </div>
    </section>
  );
  return withLayout ? <RootLayout>{body}</RootLayout> : body;
}
