// Admin actions, like crates.io's sudo mode: switched on for a few hours in this tab only.
// Not a secret (the server decides what an admin may do), but it must expire, so only
// the expiry time is kept, in sessionStorage.
import { useEffect, useSyncExternalStore } from 'react';

const KEY = 'admin-actions-until';
export const ADMIN_ACTIONS_HOURS = 6;

const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function read(): number | null {
  const until = Number(sessionStorage.getItem(KEY));
  return until > Date.now() ? until : null;
}

export function enableAdminActions() {
  sessionStorage.setItem(KEY, String(Date.now() + ADMIN_ACTIONS_HOURS * 3_600_000));
  emit();
}

export function disableAdminActions() {
  sessionStorage.removeItem(KEY);
  emit();
}

/** When admin actions end (ms since epoch), or null when they are off; re-renders at expiry. */
export function useAdminActionsUntil(): number | null {
  const until = useSyncExternalStore(subscribe, read, () => null);
  useEffect(() => {
    if (until === null) return;
    const timer = setTimeout(emit, until - Date.now());
    return () => clearTimeout(timer);
  }, [until]);
  return until;
}
