import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';
import { Spinner } from './spinner';

export type ButtonProps = ComponentProps<'button'> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'sm' | 'md';
  /**
   * Shows a spinner and blocks clicks (no double submit) while true. The button stays
   * focusable (aria-disabled, not disabled): a keyboard user who pressed it keeps
   * their place instead of being dropped to the top of the page.
   */
  busy?: boolean;
};

const variants = {
  primary: 'bg-accent text-accent-ink border-accent hover:brightness-110',
  secondary: 'bg-surface text-ink border-line hover:bg-surface-2',
  danger: 'bg-danger text-white border-danger hover:brightness-110 dark:text-page',
  ghost: 'bg-transparent text-ink border-transparent hover:bg-surface-2',
};

export function Button({
  variant = 'secondary',
  size = 'md',
  busy = false,
  disabled,
  className,
  children,
  type = 'button',
  onClick,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-md border font-medium transition',
        'disabled:cursor-not-allowed disabled:opacity-60',
        'aria-disabled:cursor-not-allowed aria-disabled:opacity-60',
        size === 'sm' ? 'px-2.5 py-1 text-sm' : 'px-4 py-2 text-sm',
        variants[variant],
        className,
      )}
      {...props}
    >
      {busy && <Spinner size="sm" />}
      {children}
    </button>
  );
}
