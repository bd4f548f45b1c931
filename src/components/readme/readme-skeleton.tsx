import { Skeleton } from '@/components/ui/skeleton';

/**
 * Prose-sized placeholder lines: a title, paragraphs, a subheading and a code
 * block, in a screen-tall box: most READMEs are longer than a screen, so what
 * follows (the downloads chart) stays below the first screen until it arrives.
 */
export function ReadmeSkeleton() {
  return (
    <div role="status" className="min-h-screen space-y-8">
      <span className="sr-only">Loading README…</span>
      <div className="space-y-3">
        <Skeleton className="h-8 w-2/5" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-11/12" />
        <Skeleton className="h-4 w-3/4" />
      </div>
      <div className="space-y-3">
        <Skeleton className="h-6 w-1/3" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-5/6" />
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-4 w-2/3" />
      </div>
    </div>
  );
}
