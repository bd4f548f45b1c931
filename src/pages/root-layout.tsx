import { type ReactNode, useLayoutEffect } from 'react';
import { ScrollRestoration, useLocation, useNavigation, useOutlet } from 'react-router';
import { KeyboardShortcuts } from '@/components/command-palette/keyboard-shortcuts';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { PendingBar } from '@/components/layout/pending-bar';
import { RouteAnnouncer } from '@/components/layout/route-announcer';
import { SiteBanner } from '@/components/layout/site-banner';
import { SkipLink } from '@/components/layout/skip-link';
import { StillWhileLoading } from '@/components/layout/still-while-loading';
import { markFirstPagePainted } from '@/lib/first-paint';

/** `pending`: the first page's data is on its way (the router's hydration fallback). */
export function RootLayout({
  children,
  pending = false,
}: {
  children?: ReactNode;
  pending?: boolean;
}) {
  const outlet = useOutlet();
  const location = useLocation();
  const loading = useNavigation().state !== 'idle';
  // The first page is committed, not yet painted (a layout effect runs before the paint;
  // lib/first-paint.ts then waits for the paint's report).
  useLayoutEffect(() => {
    if (!pending) markFirstPagePainted();
  }, [pending]);
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <RouteAnnouncer />
      <PendingBar pending={pending} />
      <Header />
      <SiteBanner />
      {/* At least a screen tall: while a page loads, the footer stays below the
          first screen instead of being pushed down when the content arrives. */}
      <main
        id="main-content"
        tabIndex={-1}
        className="mx-auto min-h-screen w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none"
      >
        {children ?? (
          <StillWhileLoading location={location} loading={loading}>
            {outlet}
          </StillWhileLoading>
        )}
      </main>
      <Footer />
      <KeyboardShortcuts />
      <ScrollRestoration />
    </div>
  );
}
