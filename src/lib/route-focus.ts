// Navigation state for widgets inside a page whose choices are new URLs (the code
// browser's file tree, the version pickers): the user is still working in the
// widget, so focus stays there instead of moving to the new page's heading.
export const keepFocus = { keepFocus: true } as const;

export function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'keepFocus' in state;
}
