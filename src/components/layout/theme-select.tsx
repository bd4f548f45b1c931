import { useEffect, useState } from 'react';

type Scheme = 'system' | 'light' | 'dark';
const KEY = 'color-scheme';

function apply(scheme: Scheme) {
  const dark =
    scheme === 'dark' ||
    (scheme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

function stored(): Scheme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function ThemeSelect() {
  const [scheme, setScheme] = useState<Scheme>(stored);

  useEffect(() => {
    apply(scheme);
    if (scheme !== 'system') return;
    // Follow the OS while on "system".
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => apply('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [scheme]);

  return (
    <label className="flex items-center">
      <span className="sr-only">Colour scheme</span>
      <select
        value={scheme}
        onChange={(event) => {
          const next = event.target.value as Scheme;
          setScheme(next);
          try {
            if (next === 'system') localStorage.removeItem(KEY);
            else localStorage.setItem(KEY, next);
          } catch {}
        }}
        className="rounded-md border border-white/25 bg-header px-2 py-2 text-sm text-header-ink"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
