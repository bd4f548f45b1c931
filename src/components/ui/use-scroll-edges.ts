import { type RefObject, useEffect, useState } from 'react';

/** Fully visible, give or take rounding. */
const SHOWN = 0.98;

/**
 * Whether a horizontally scrolling box (`ref`, whose first child holds the items) has
 * more items to its left or right. Intersection observers, not scroll offsets: reading
 * scrollLeft/scrollWidth forced a layout of the whole page as it first rendered
 * (measured: about 60 ms on a phone). `items` is the item count: a change re-observes.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>, items: number) {
  const [edges, setEdges] = useState({ left: false, right: false });
  useEffect(() => {
    const box = ref.current;
    const first = box?.firstElementChild?.firstElementChild;
    const last = box?.firstElementChild?.lastElementChild;
    if (!box || !first || !last || items === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        setEdges((current) => {
          const next = { ...current };
          for (const entry of entries) {
            const hidden = entry.intersectionRatio < SHOWN;
            if (entry.target === first) next.left = hidden;
            if (entry.target === last) next.right = hidden;
          }
          return next.left === current.left && next.right === current.right ? current : next;
        });
      },
      { root: box, threshold: SHOWN },
    );
    observer.observe(first);
    observer.observe(last);
    return () => observer.disconnect();
  }, [ref, items]);
  return edges;
}

/**
 * Scrolls `selector`'s element inside `ref`'s box (a horizontal scroller) into view when
 * it is not fully shown, each time `key` changes; it asks an intersection observer first,
 * so the common case (already in view) forces no layout. Only the box scrolls, sideways:
 * `scrollIntoView` also scrolled the window to the box, which undid Back's scroll
 * restoration on the crate tabs (the page jumped up to the tabs).
 */
export function useKeepInView(ref: RefObject<HTMLElement | null>, selector: string, key: unknown) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: key is the trigger
  useEffect(() => {
    const box = ref.current;
    const target = box?.querySelector(selector);
    if (!box || !target) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        observer.disconnect();
        if (entry && entry.intersectionRatio < SHOWN) {
          const shown = box.getBoundingClientRect();
          const { left, right } = target.getBoundingClientRect();
          if (left < shown.left) box.scrollBy({ left: left - shown.left });
          else if (right > shown.right) box.scrollBy({ left: right - shown.right });
        }
      },
      { root: box, threshold: SHOWN },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [ref, selector, key]);
}
