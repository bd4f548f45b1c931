import {
  isRouteErrorResponse,
  Link,
  useNavigate,
  useRevalidator,
  useRouteError,
} from 'react-router';
import { isApiError } from '@/api/errors';
import { LoginButton } from '@/components/auth/login-button';
import { Button } from '@/components/ui/button';
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

/** The error element of every route branch: not found, log in, forbidden, or try again. */
export function RouteError({ withLayout = false }: { withLayout?: boolean }) {
  const error = describe(useRouteError());
  // Rate limits and maintenance say how long to wait (Retry-After).
  const wait = isApiError(error.cause) ? error.cause.retryAfter : null;
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const body = (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-12 text-center">
      <title>{`${error.title} - crates.io: Rust Package Registry`}</title>
      <h1 id="error-title" className="text-2xl font-bold">
        {error.title}
      </h1>
      {error.detail && <p className="mt-3 text-muted">{error.detail}</p>}
      {error.kind === 'failed' && wait !== null && (
        <p className="mt-1 text-muted">You can try again in {wait} seconds.</p>
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
          <Button
            variant="primary"
            busy={revalidator.state === 'loading'}
            onClick={() => revalidator.revalidate()}
          >
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
