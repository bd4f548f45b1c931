// The GitHub OAuth round trip: remember where the user was and the `state`
// the registry handed out, leave for GitHub, and come back to the callback.
import { beginSession } from '@/api/mutations/session';

const KEY = 'login-flow';

type Pending = { state: string; returnTo: string };

export async function startLogin(returnTo: string): Promise<void> {
  const { url, state } = await beginSession();
  sessionStorage.setItem(KEY, JSON.stringify({ state, returnTo } satisfies Pending));
  window.location.assign(url);
}

/** The pending login, consumed: a callback can be used once. */
export function takePendingLogin(): Pending | null {
  const raw = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Pending>;
    if (typeof parsed.state !== 'string') return null;
    const returnTo =
      typeof parsed.returnTo === 'string' && parsed.returnTo.startsWith('/')
        ? parsed.returnTo
        : '/';
    return { state: parsed.state, returnTo };
  } catch {
    return null;
  }
}
