import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { crateInPath, isTyping } from '@/lib/keyboard';
import { rememberCrate } from '@/lib/recent-crates';
import { crateTabs } from './crate-tabs';

// The dialogs load on first use: the shell carries only this listener.
const CommandPalette = lazy(() =>
  import('./command-palette').then((m) => ({ default: m.CommandPalette })),
);
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);

const G_TARGETS = { r: 'readme', v: 'versions', d: 'dependencies', f: 'features' } as const;
/** How long `g` waits for its second key. */
const SEQUENCE_MS = 1500;

/** Global keys: Ctrl+K / ⌘K (palette), `?` (shortcut list), `g r|v|d|f` on crate pages. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState<'palette' | 'shortcuts' | null>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const crate = crateInPath(location.pathname);
  const returnFocus = useRef<HTMLElement | null>(null);
  const pendingG = useRef(0);

  useEffect(() => {
    if (crate) rememberCrate(crate);
  }, [crate]);

  // With the commit, as the search box's S (search-form.tsx): keys work once the page shows.
  useLayoutEffect(() => {
    const show = (which: 'palette' | 'shortcuts') => {
      if (document.querySelector('dialog[open]')) return;
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(which);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // Ctrl+K works even inside a field: it is not text.
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        show('palette');
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        show('shortcuts');
        return;
      }
      const waiting = Date.now() - pendingG.current < SEQUENCE_MS;
      pendingG.current = 0;
      if (waiting && crate && event.key in G_TARGETS) {
        event.preventDefault();
        navigate(crateTabs(crate)[G_TARGETS[event.key as keyof typeof G_TARGETS]]);
        return;
      }
      if (event.key === 'g' && crate) pendingG.current = Date.now();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [crate, navigate]);

  const close = () => {
    setOpen(null);
    const target = returnFocus.current;
    // Back where the user was, if that is still on the page.
    if (target?.isConnected) requestAnimationFrame(() => target.focus());
  };

  return (
    <Suspense fallback={null}>
      {open === 'palette' && <CommandPalette crate={crate} onClose={close} />}
      {open === 'shortcuts' && <ShortcutsDialog onClose={close} />}
    </Suspense>
  );
}
