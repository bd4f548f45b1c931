// Whether this browser may have a session. Without the hint the app does not
// ask `/api/v1/me` at all, saving a request (and a 403) on every visit by
// someone who never logged in. The session itself is the registry's cookie.
const KEY = 'logged-in';

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return true;
  }
}

export function setSessionHint(loggedIn: boolean) {
  try {
    if (loggedIn) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {}
}
