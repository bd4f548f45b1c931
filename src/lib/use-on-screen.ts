import { type RefObject, useEffect, useRef } from 'react';

/**
 * Calls `onScreen` when `ref`'s element comes within `rootMargin` of the viewport,
 * while `enabled`. Each time `enabled` turns true again the element is observed
 * afresh, so an element still on screen reports again (e.g. the sentinel of a list
 * that has just loaded a page and still needs the next one).
 */
export function useOnScreen(
  ref: RefObject<Element | null>,
  onScreen: () => void,
  { enabled = true, rootMargin = '0px' }: { enabled?: boolean; rootMargin?: string } = {},
) {
  const callback = useRef(onScreen);
  useEffect(() => {
    callback.current = onScreen;
  });
  useEffect(() => {
    const node = ref.current;
    if (!node || !enabled) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) callback.current();
      },
      { rootMargin },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, enabled, rootMargin]);
}
