import type { Page } from '@playwright/test';

/**
 * Milliseconds from `action` (a click on `click`, or Back / Forward) to the end of
 * the frame that shows `selector` laid out with a height. Native clocks only (event
 * timestamps, ResizeObserver, MessageChannel): the e2e fixture's fake clock replaces
 * performance.now and requestAnimationFrame.
 */
export function timeToContent(
  page: Page,
  action: { click: string } | 'back' | 'forward',
  selector: string,
): Promise<number> {
  return page.evaluate(
    ({ action, selector }) =>
      new Promise<number>((resolve) => {
        const now = () => new Event('tick').timeStamp;
        const start = now();
        let sized: ResizeObserver | undefined;
        const watch = () => {
          const element = document.querySelector(selector);
          if (!element || sized) return;
          // A ResizeObserver reports in the rendering step of the frame that lays the
          // element out; that frame's paint follows, then the posted message.
          sized = new ResizeObserver(([entry]) => {
            if (!entry || entry.contentRect.height === 0) return;
            sized?.disconnect();
            added.disconnect();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(now() - start);
            channel.port2.postMessage(null);
          });
          sized.observe(element);
        };
        const added = new MutationObserver(watch);
        added.observe(document.body, { childList: true, subtree: true });
        if (action === 'back') history.back();
        else if (action === 'forward') history.forward();
        else document.querySelector<HTMLElement>(action.click)?.click();
        watch();
      }),
    { action, selector },
  );
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
