import { cn } from '@/lib/cn';

export type SpinnerProps = { size?: 'sm' | 'md'; className?: string; label?: string };

/** Decorative unless given a label (then announced as a status). */
export function Spinner({ size = 'md', className, label }: SpinnerProps) {
  const classes = cn(
    'inline-block animate-spin rounded-full border-2 border-current border-r-transparent',
    size === 'sm' ? 'size-3.5' : 'size-5',
    className,
  );
  return label ? (
    <span role="status" aria-label={label} className={classes} />
  ) : (
    <span aria-hidden className={classes} />
  );
}
