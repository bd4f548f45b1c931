import type { ReactNode } from 'react';
import { errorDetail, retryAfterOf } from '@/lib/error-detail';
import { Button } from './button';

export type ErrorStateProps = {
  /** What failed, e.g. "Failed to load the front page". */
  title: string;
  error?: unknown;
  /** Retries only what failed; the button shows progress while it runs. */
  onRetry?: () => void;
  retrying?: boolean;
  children?: ReactNode;
};

/** A failure inside a page or widget, with the API's detail and a retry. */
export function ErrorState({ title, error, onRetry, retrying, children }: ErrorStateProps) {
  const detail = errorDetail(error);
  const wait = retryAfterOf(error);
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger-soft p-4 text-ink">
      <p className="font-semibold">{title}</p>
      {detail && <p className="mt-1 text-sm text-muted">{detail}</p>}
      {wait !== null && (
        <p className="mt-1 text-sm text-muted">You can try again in {wait} seconds.</p>
      )}
      {children}
      {onRetry && (
        <Button className="mt-3" onClick={onRetry} busy={retrying}>
          Try again
        </Button>
      )}
    </div>
  );
}
