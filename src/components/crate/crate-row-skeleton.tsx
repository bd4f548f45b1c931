import { Skeleton } from '@/components/ui/skeleton';

/** A loading crate row, laid out like CrateRow (one-line description) so nothing moves. */
export function CrateRowSkeleton() {
  return (
    <div className="rounded-lg bg-surface p-4 ring-1 ring-line">
      <div className="flex flex-col gap-x-6 gap-y-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <div className="flex h-7 items-center gap-2">
            <Skeleton className="h-5 w-36" />
            <Skeleton className="h-4 w-12" />
          </div>
          <div className="mt-1 flex h-6 items-center">
            <Skeleton className="h-4 w-full max-w-md" />
          </div>
          <div className="mt-2 flex h-5 items-center gap-4">
            <Skeleton className="h-3.5 w-24" />
            <Skeleton className="h-3.5 w-20" />
          </div>
        </div>
        <div className="grid shrink-0 gap-y-0.5">
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex h-5 items-center gap-3 sm:justify-end">
              <Skeleton className="h-3.5 w-28" />
              <Skeleton className="h-3.5 w-16" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
