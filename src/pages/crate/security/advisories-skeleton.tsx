import { Skeleton } from '@/components/ui/skeleton';

/** Two advisory cards' worth of placeholder. */
export function AdvisoriesSkeleton() {
  return (
    <div role="status" aria-label="Loading advisories" className="grid gap-4">
      {[0, 1].map((i) => (
        <div key={i} className="rounded-lg border border-line bg-surface p-5">
          <Skeleton className="h-6 w-3/4" />
          <Skeleton className="mt-3 h-4 w-1/3" />
          <Skeleton className="mt-4 h-4 w-full" />
          <Skeleton className="mt-2 h-4 w-5/6" />
          <Skeleton className="mt-2 h-4 w-2/3" />
        </div>
      ))}
    </div>
  );
}
