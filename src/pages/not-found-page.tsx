import { PageError } from '@/lib/page-error';

/** Unknown URLs: thrown so the branch's error element renders "Page not found". */
export function loader(): never {
  throw new PageError('not-found', 'Page not found');
}

export function NotFoundPage() {
  return null;
}
