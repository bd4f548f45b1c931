import { type RefObject, useEffect } from 'react';
import { contentId } from './readme-urls';

const HIGHLIGHTABLE = 'pre > code[class*="language-"]';

/**
 * What the README needs once its HTML is in the DOM: syntax highlighting (loaded
 * when code comes into view), scrolling to the URL's fragment (the README arrives after the page
 * has scrolled), and keyboard access to code blocks and tables that scroll sideways.
 */
export function useReadmeEnhancements(ref: RefObject<HTMLElement | null>, html: string | null) {
  useEffect(() => {
    const root = ref.current;
    if (!html || !root) return;

    // highlight.js loads when the first code block comes on screen, not with
    // the page: on a phone the first screen rarely shows code.
    const highlight = () =>
      import('./highlight-code')
        .then(({ highlightCode }) => highlightCode(root))
        // Unhighlighted code is still readable: nothing to tell the user.
        .catch(() => {});
    const blocks = root.querySelectorAll(HIGHLIGHTABLE);
    let codeObserver: IntersectionObserver | undefined;
    if (blocks.length > 0 && typeof IntersectionObserver === 'undefined') void highlight();
    else if (blocks.length > 0) {
      codeObserver = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          codeObserver?.disconnect();
          void highlight();
        },
        { rootMargin: '0px' },
      );
      for (const block of blocks) codeObserver.observe(block);
    }

    const fragment = decodeURIComponent(window.location.hash.slice(1));
    if (fragment) {
      const target =
        document.getElementById(fragment) ?? document.getElementById(contentId(fragment));
      if (target && root.contains(target)) target.scrollIntoView();
    }

    // A scrolling region must be focusable, or keyboard users cannot scroll it. Measured in
    // the observer's first callback, which comes after the browser's own layout: measuring
    // here forced a layout of the new README at once (149 ms at 4x CPU slowdown).
    const updateScrollable = () => {
      for (const box of root.querySelectorAll<HTMLElement>('pre, .readme-table, .readme-badges')) {
        if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
        else box.removeAttribute('tabindex');
      }
    };
    const observer = new ResizeObserver(updateScrollable);
    observer.observe(root);
    return () => {
      observer.disconnect();
      codeObserver?.disconnect();
    };
  }, [ref, html]);
}
