import { type ReactNode, useId } from 'react';
import { errorDetail, retryAfterOf } from '@/lib/error-detail';
import { plural } from '@/lib/format';
import { Button } from './button';
import { useSecondsLeft } from './use-seconds-left';

export type ErrorStateProps = {
  /** What failed, e.g. "Failed to load the front page". */
  title: string;
  error?: unknown;
  /** Retries only what failed; the button shows progress while it runs. */
  onRetry?: () => void;
  retrying?: boolean;
  children?: ReactNode;
};

/**
 * A failure inside a page or widget, with the API's detail and a retry. When the
 * registry said how long to wait (429's Retry-After), the retry waits that long:
 * the button is disabled, with the seconds left shown on it (not announced: the
 * alert says the wait once), and is enabled again when the wait is over.
 */
export function ErrorState({ title, error, onRetry, retrying, children }: ErrorStateProps) {
  const id = useId();
  const detail = errorDetail(error);
  const wait = retryAfterOf(error);
  const left = useSecondsLeft(wait, error);
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger-soft p-4 text-ink">
      <p className="font-semibold">{title}</p>
      {detail && <p className="mt-1 text-sm text-muted">{detail}</p>}
      {wait !== null && (
        <p id={`${id}-wait`} className="mt-1 text-sm text-muted">
          {left > 0 ? `You can try again in ${plural(wait, 'second')}.` : 'You can try again now.'}
        </p>
      )}
      {children}
      {onRetry && (
        <Button
          className="mt-3"
          onClick={onRetry}
          busy={retrying}
          disabled={left > 0}
          aria-describedby={wait !== null ? `${id}-wait` : undefined}
        >
          Try again
          {left > 0 && (
            <span aria-hidden="true" className="tabular-nums">
              ({left} s)
            </span>
          )}
        </Button>
      )}
    </div>
  );
}
