import { cn } from '@/lib/cn';

/** A placeholder block with the size of what will load (no layout shift). */
export function Skeleton({ className }: { className?: string }) {
  return <span aria-hidden className={cn('block animate-pulse rounded bg-surface-2', className)} />;
}
