import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { keepsFocus } from '@/lib/route-focus';

/**
 * What a server-rendered page gives for free: after a navigation to a new path,
 * focus goes to the new page's heading (its h1, else the main landmark) and a
 * polite live region reads the new document title. Not on the first load (the
 * browser announces the page), and not when only the query or hash changed
 * (ticking a feature, selecting code lines), nor for widgets that ask to keep focus.
 */
export function RouteAnnouncer() {
  const location = useLocation();
  const [title, setTitle] = useState('');
  const first = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path is the trigger
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (keepsFocus(location.state)) return;
    const main = document.getElementById('main-content');
    const heading = main?.querySelector('h1') ?? main;
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      // Scrolling is ScrollRestoration's (top for a new page, the old place on Back).
      heading.focus({ preventScroll: true });
    }
    // React has hoisted the new page's <title> in the same commit.
    setTitle(document.title);
  }, [location.pathname]);

  return (
    // A live region without the status role: the page's own status messages keep that name.
    <div id="route-announcer" aria-live="polite" aria-atomic="true" className="sr-only">
      {title}
    </div>
  );
}
