// The first page of a visit paints before its large, below-the-first-screen
// requests start. On the Versions tab those answers (the 100-row list, every
// version, 90 days of downloads) are hundreds of KB: started by the loader, they
// arrived during the first render on a fast connection (so it rendered them too,
// a long task before anything showed) and shared a slow connection with the
// route's code (measured: Lighthouse's LCP waited for them). After the first
// page has painted, they start at once, as on any later navigation.
import { useSyncExternalStore } from 'react';

let painted = false;
let marked = false;
const listeners = new Set<() => void>();

function done() {
  painted = true;
  // One waiting piece of work per task: each starts a request or two (a few ms of
  // main thread on a slow phone), and all at once they were one long task.
  const queue = [...listeners];
  listeners.clear();
  const next = () => {
    queue.shift()?.();
    if (queue.length > 0) setTimeout(next);
  };
  next();
}

/**
 * Longest wait for the page's paint to be reported, counted from the first frame
 * after the commit (a page whose paint is no new LCP candidate).
 */
const REPORT_WAIT_MS = 3000;

/** Input ends LCP reporting, and says the user is there: the wait is over. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;

/**
 * Called once the first page is committed (the root layout's layout effect,
 * before the paint). Work waiting for its paint starts when the browser reports
 * that paint: the first largest-contentful-paint entry after the commit (the
 * page's heading or description, larger than index.html's shell). A frame's
 * callbacks are not enough: on a busy machine, frames were presented a second
 * after requestAnimationFrame had run. Without such a report, it starts
 * REPORT_WAIT_MS after the first frame, or at the first input; without LCP
 * entries at all (Safari), a frame and a task after the commit. A hidden tab
 * paints nothing, so it does not wait.
 */
export function markFirstPagePainted() {
  if (marked) return;
  marked = true;
  if (typeof document === 'undefined' || document.visibilityState === 'hidden') {
    done();
    return;
  }
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')
  ) {
    requestAnimationFrame(() => setTimeout(done, 0));
    return;
  }
  const committed = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => entry.startTime >= committed)) finish();
  });
  const finish = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of INPUT_EVENTS) removeEventListener(type, finish, true);
    if (!painted) done();
  };
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  for (const type of INPUT_EVENTS) addEventListener(type, finish, { capture: true, passive: true });
  // Counted from a frame: while the browser produces none, nothing has painted.
  requestAnimationFrame(() => {
    if (!painted) timer = setTimeout(finish, REPORT_WAIT_MS);
  });
}

/** Runs `start` now if the first page has painted, else as soon as it has. */
export function afterFirstPaint(start: () => void) {
  if (painted) start();
  else listeners.add(start);
}

function subscribe(listener: () => void) {
  afterFirstPaint(listener);
  return () => listeners.delete(listener);
}

/** False until the first page of the visit has painted, then true for good. */
export function useFirstPaintDone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => painted,
    () => false,
  );
}
