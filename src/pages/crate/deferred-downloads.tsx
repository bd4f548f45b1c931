import { lazy, Suspense, useRef, useState } from 'react';
import type { DownloadsSectionProps } from '@/components/download-chart/downloads-section';
import { Skeleton } from '@/components/ui/skeleton';
import { useOnScreen } from '@/lib/use-on-screen';

const DownloadsSection = lazy(() =>
  import('@/components/download-chart/downloads-section').then((m) => ({
    default: m.DownloadsSection,
  })),
);

/**
 * The downloads widget sits below the README: its code (and recharts) loads
 * only once it is on screen, never during the page's first load, even on a
 * tall phone screen or with a short README. (Its data was already requested
 * by the route's loader.)
 */
export function DeferredDownloads(props: DownloadsSectionProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useOnScreen(anchor, () => setNear(true), { enabled: !near });

  const placeholder = (
    <section aria-label="Downloads" aria-busy="true">
      <Skeleton className="h-[26rem] w-full rounded-lg" />
    </section>
  );
  return (
    <div ref={anchor}>
      {near ? (
        <Suspense fallback={placeholder}>{<DownloadsSection {...props} />}</Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
