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
  for (const listener of [...listeners]) listener();
  listeners.clear();
}

/**
 * Called once the first page is on screen (the root layout's effect): a frame
 * later, after that frame's paint, work waiting for it starts. A hidden tab
 * paints nothing, so it does not wait.
 */
export function markFirstPagePainted() {
  if (marked) return;
  marked = true;
  if (typeof document === 'undefined' || document.visibilityState === 'hidden') done();
  else requestAnimationFrame(() => setTimeout(done, 0));
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
