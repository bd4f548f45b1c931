import { type ClassValue, clsx } from 'clsx';

/**
 * Joins class names. Callers add classes rather than override them
 * (tailwind-merge would resolve conflicts, at 7 KB gzip of first-load script).
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
