// Keyboard shortcut helpers shared by the search box and the command palette.

/** Whether a key press is text going into a field (shortcuts must not fire then). */
export function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** macOS and iOS name the modifier ⌘; everything else Ctrl. */
export const isApple = () =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The crate a URL is about (`/crates/:name/…`), if any. */
export function crateInPath(pathname: string): string | null {
  const match = /^\/crates\/([^/]+)/.exec(pathname);
  if (!match?.[1]) return null;
  const name = decodeURIComponent(match[1]);
  return /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(name) ? name : null;
}
