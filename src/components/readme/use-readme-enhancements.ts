import { type RefObject, useEffect } from 'react';
import { contentId } from './readme-urls';

const HIGHLIGHTABLE = 'pre > code[class*="language-"]';

/**
 * What the README needs once its HTML is in the DOM: syntax highlighting (loaded
 * on demand), scrolling to the URL's fragment (the README arrives after the page
 * has scrolled), and keyboard access to code blocks and tables that scroll sideways.
 */
export function useReadmeEnhancements(ref: RefObject<HTMLElement | null>, html: string | null) {
  useEffect(() => {
    const root = ref.current;
    if (!html || !root) return;

    if (root.querySelector(HIGHLIGHTABLE)) {
      import('./highlight-code')
        .then(({ highlightCode }) => highlightCode(root))
        // Unhighlighted code is still readable: nothing to tell the user.
        .catch(() => {});
    }

    const fragment = decodeURIComponent(window.location.hash.slice(1));
    if (fragment) {
      const target =
        document.getElementById(fragment) ?? document.getElementById(contentId(fragment));
      if (target && root.contains(target)) target.scrollIntoView();
    }

    // A scrolling region must be focusable, or keyboard users cannot scroll it.
    const updateScrollable = () => {
      for (const box of root.querySelectorAll<HTMLElement>('pre, .readme-table')) {
        if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
        else box.removeAttribute('tabindex');
      }
    };
    updateScrollable();
    const observer = new ResizeObserver(updateScrollable);
    observer.observe(root);
    return () => observer.disconnect();
  }, [ref, html]);
}
