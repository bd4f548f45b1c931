import type { ReactNode } from 'react';
import { Skeleton } from '@/components/ui/skeleton';

/** The chart's fixed box: skeleton, chart and errors all take exactly this size (no shift). */
export function ChartFrame({ children }: { children: ReactNode }) {
  return <div className="h-72 w-full sm:h-80">{children}</div>;
}

export function ChartSkeleton() {
  return <Skeleton className="size-full rounded-md" />;
}
